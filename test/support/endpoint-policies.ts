import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { POLICY_KEY, type PolicyDeclaration } from '@leadrelay/core';

/** `Query.name` / `Mutation.name` of every field the schema serves. */
export function servedFields(app: INestApplication): string[] {
  const { schema } = app.get(GraphQLSchemaHost);
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

/**
 * The declared policy of every query and mutation handler of every resolver class in the app
 * (undefined where none is declared). Throws if two handlers serve one field.
 */
export function declaredPolicies(app: INestApplication): Record<string, PolicyDeclaration | undefined> {
  // The API does not import Nest's DiscoveryModule; the service only needs the app's modules.
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = app.get(MetadataScanner);
  const declared: Record<string, PolicyDeclaration | undefined> = {};
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as object;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const field = `${type}.${(Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method}`;
      if (field in declared) throw new Error(`${field} is served by two handlers`);
      declared[field] = Reflect.getMetadata(POLICY_KEY, handler) as PolicyDeclaration | undefined;
    }
  }
  return declared;
}
