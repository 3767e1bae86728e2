import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TestApi, createTestApi } from '../support/test-api';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');

/** The committed schema/schema.graphql is what the code serves (`npm run schema:generate` updates it). */
describe('schema/schema.graphql', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(() => api.close());

  it('matches the schema the code builds', () => {
    const served = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA) {
      writeFileSync(SCHEMA_FILE, served);
    }
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
