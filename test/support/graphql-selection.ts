import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import type { TestApi } from './test-api';

/**
 * Selections that together reach every field of `typeName` taking no required argument, nested
 * objects included, read from the running API's schema: a field added later is selected too, so a
 * test that searches the answers for data that must not be there cannot miss a new path to it.
 *
 * One selection per object on the way (its scalar fields, wrapped in the fields that lead to it),
 * so that each stays below the API's query cost limit, which the whole tree at once exceeds.
 */
export function everyFieldSelections(api: TestApi, typeName: string): string[] {
  const schema = api.app.get(GraphQLSchemaHost).schema;
  const root = schema.getType(typeName);
  if (!root || !isObjectType(root)) throw new Error(`everyFieldSelections: no object type ${typeName}`);

  const selectionsOf = (type: GraphQLObjectType, seen: readonly string[]): string[] => {
    if (seen.includes(type.name)) throw new Error(`everyFieldSelections: ${[...seen, type.name].join(' -> ')} is a cycle`);
    const fields = Object.values(type.getFields()).filter((field) =>
      field.args.every((arg) => arg.defaultValue !== undefined || !String(arg.type).endsWith('!')),
    );
    const scalars = fields.filter((field) => !isObjectType(getNamedType(field.type))).map((field) => field.name);
    const nested = fields.flatMap((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named)
        ? selectionsOf(named, [...seen, type.name]).map((selection) => `${field.name} ${selection}`)
        : [];
    });
    return [`{ __typename ${scalars.join(' ')} }`, ...nested.map((selection) => `{ __typename ${selection} }`)];
  };
  return selectionsOf(root, []);
}
