import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { type TestApi, createTestApi } from '../support/test-api';

/** class-validator's names of the rules that bound a field, by the kind of value. */
const TEXT_BOUNDS = ['maxLength', 'matches', 'isUuid', 'isIn', 'isEnum', 'isJwt', 'isISO31661Alpha2'];
const DATE_WINDOWS = ['deadline', 'pastInstant', 'plannedInstant', 'searchInstant'];

function unwrap(type: GraphQLInputType): { named: GraphQLInputType; list: boolean } {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  if (inner instanceof GraphQLList) return { named: unwrap(inner.ofType as GraphQLInputType).named, list: true };
  return { named: inner, list: false };
}

/** What is missing to bound one field of an input class; empty when it is bounded. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- class-validator's own parameter type
function missingBounds(target: Function, property: string, type: GraphQLInputType): string[] {
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((rule) => rule.propertyName === property)
    .map((rule) => rule.name ?? rule.type);
  if (rules.length === 0) return ['any rule (without one, the validation pipe strips the field)'];
  const { named, list } = unwrap(type);
  const missing: string[] = [];
  if (list && !rules.includes('arrayMaxSize')) missing.push('ArrayMaxSize');
  if (named instanceof GraphQLScalarType) {
    const has = (...names: string[]) => names.some((name) => rules.includes(name));
    if ((named.name === 'String' || named.name === 'ID') && !has(...TEXT_BOUNDS)) missing.push('a length or pattern');
    if (named.name === 'Float' && !(has('min', 'isPositive') && has('max'))) missing.push('Min and Max');
    if (named.name === 'DateTime' && !has(...DATE_WINDOWS)) missing.push('a date window (Deadline, PastInstant, ...)');
  }
  return missing;
}

/**
 * Every field a client can send is bounded by its own rules (a length, a range, a date window, a
 * list size), beside the bounds the validation pipe applies to every input (input-bounds.ts):
 * walks every input type and every argument of the served schema. A new field without them fails.
 */
describe('bounds of every input field', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('bounds every field of every input type', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const inputTypes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLInputObjectType => type instanceof GraphQLInputObjectType,
    );
    expect(inputTypes.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const type of inputTypes) {
      const metadata = TypeMetadataStorage.getInputTypesMetadata().find((input) => input.name === type.name);
      if (!metadata) {
        problems.push(`${type.name}: no input class found`);
        continue;
      }
      for (const field of Object.values(type.getFields())) {
        for (const missing of missingBounds(metadata.target, field.name, field.type))
          problems.push(`${type.name}.${field.name}: ${missing}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('bounds every argument of every query and mutation', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const argsClasses = TypeMetadataStorage.getArgumentsMetadata();
    const problems: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args as readonly GraphQLArgument[]) {
          const { named } = unwrap(arg.type);
          if (named instanceof GraphQLInputObjectType) continue; // its fields: the test above
          if (named instanceof GraphQLEnumType && !unwrap(arg.type).list) continue;
          const owners = argsClasses.filter((args) => args.properties?.some((property) => property.name === arg.name));
          if (owners.length === 0) problems.push(`${root.name}.${field.name}(${arg.name}): not from an @ArgsType class`);
          for (const owner of owners) {
            for (const missing of missingBounds(owner.target, arg.name, arg.type)) {
              problems.push(`${root.name}.${field.name}(${arg.name}) in ${owner.target.name}: ${missing}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
