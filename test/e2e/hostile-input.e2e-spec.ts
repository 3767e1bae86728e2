import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';
import { Client } from 'pg';
import request from 'supertest';
import { Role } from '@leadrelay/core';
import { type StaffedTenant, aStaffedTenant, loginAs } from '../factories/identity.factories';
import { aQualifiedLead } from '../factories/lead.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { graphql } from '../support/graphql/generated';

/**
 * A hostile client, table-driven: every leaf of every argument of every mutation, one at a time,
 * gets wrong types, empty and huge strings, NUL, lone surrogates, control and bidi characters,
 * extreme numbers, dates in the years 0001 and 9999 and deep JSON; so does every field of
 * `POST /intake/leads`, and the raw bodies a broken client sends. No answer may be a 5xx or an
 * INTERNAL_SERVER_ERROR, and after every refused call the row count of every table is unchanged.
 * (`rate_limit` is left out: a refused login with a well-formed wrong password is counted there
 * on purpose.)
 */

// The fuzzed operations are built at run time from the served schema, and the raw bodies are
// malformed on purpose: both stay text. Only the intake key the test needs is a typed document.
const CREATE_KEY = graphql(`
  mutation HostileInputCreateKey {
    createIntakeKey(input: { name: "Fuzz form", source: WEB_FORM }) {
      secret
    }
  }
`);

const NUL = 'A\u0000B';
const LONE_SURROGATE = 'x\ud800y';
const CONTROL = 'a\u0007b\u001bc';
const BIDI = 'Invoice\u202Egnp.exe';
const HUGE = 'x'.repeat(20_000);

function deepJson(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
}

/** What a hostile client sends in place of one leaf, by its GraphQL type. */
function hostileValues(type: GraphQLInputType): unknown[] {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  if (named instanceof GraphQLList) return [['x', NUL], new Array(2000).fill('x'), 'not a list', [deepJson(50)]];
  if (named instanceof GraphQLEnumType) return ['NOT_A_VALUE', 7, NUL];
  if (named instanceof GraphQLInputObjectType) return [deepJson(2000), 'not an object', null];
  const scalar = (named as GraphQLScalarType).name;
  switch (scalar) {
    case 'Int':
    case 'Float':
      return [1e308, -1e308, 2 ** 53 + 2, -0.5, '12'];
    case 'Boolean':
      return ['true', 1, {}];
    case 'DateTime':
      return ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'not a date', 1e20];
    default:
      // String, ID, JSONObject
      return ['', NUL, LONE_SURROGATE, CONTROL, BIDI, HUGE, 42, { a: 1 }];
  }
}

/** Plausible values by field name, so that the one hostile leaf is what a call is judged on. */
function plausibleScalar(name: string, scalar: string, world: StaffedTenant, leadId: string): unknown {
  const byName: Record<string, unknown> = {
    email: 'fuzz-target@example.test',
    password: 'a long enough password',
    country: 'DE',
    currency: 'EUR',
    grade: 'A',
    closedOn: '2026-01-02',
    reasonCode: 'OTHER',
    url: 'https://crm.example.com/hooks',
    postalCode: '20095',
    website: 'fuzz.example',
    phone: '+49 40 123456',
    key: 'FUZZ_REASON',
    timeZone: 'Europe/Berlin',
    dayStart: '08:00',
    dayEnd: '17:00',
    leadId,
    partnerId: world.p1.id,
    tenantId: world.tenant.id,
    userId: world.staff.PARTNER_SALES.user.id,
    score: 50,
    version: 1,
    amount: 1000,
  };
  if (name in byName) return byName[name];
  switch (scalar) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 24 * 3_600_000).toISOString();
    default:
      return 'Fuzz';
  }
}

function plausible(name: string, type: GraphQLInputType, world: StaffedTenant, leadId: string, depth = 0): unknown {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  if (named instanceof GraphQLList) {
    const byName: Record<string, unknown[]> = {
      partnerIds: [world.p1.id],
      eventTypes: ['lead.won'],
      holidays: ['2026-12-24'],
      workingDays: [1, 2, 3, 4, 5],
      postalCodePrefixes: ['20'],
    };
    return byName[name] ?? [plausible(name, named.ofType as GraphQLInputType, world, leadId, depth + 1)];
  }
  if (named instanceof GraphQLEnumType) return named.getValues()[0]!.value;
  if (named instanceof GraphQLInputObjectType) {
    if (depth > 3) return undefined;
    return Object.fromEntries(
      Object.values(named.getFields()).map((field) => [field.name, plausible(field.name, field.type, world, leadId, depth + 1)]),
    );
  }
  return plausibleScalar(name, (named as GraphQLScalarType).name, world, leadId);
}

/** Every leaf (scalar, enum or list) of an argument, as a path into its value. */
function leaves(type: GraphQLInputType, path: string[] = [], depth = 0): { path: string[]; type: GraphQLInputType }[] {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  if (named instanceof GraphQLInputObjectType && depth <= 3) {
    return [
      { path, type },
      ...Object.values(named.getFields()).flatMap((field) => leaves(field.type, [...path, field.name], depth + 1)),
    ];
  }
  return [{ path, type }];
}

/** The named input type at a path into an argument's type. */
function typeAt(type: GraphQLInputType, path: string[]): GraphQLInputType {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  if (path.length === 0) return named;
  const [head, ...rest] = path as [string, ...string[]];
  return typeAt((named as GraphQLInputObjectType).getFields()[head]!.type, rest);
}

function withValueAt(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const object = { ...(base as Record<string, unknown>) };
  object[head] = withValueAt(object[head], rest, value);
  return object;
}

/** One statement counts the rows of every table of the application and of the job queue. */
async function rowCounter(): Promise<{ counts(): Promise<Record<string, number>>; close(): Promise<void> }> {
  const owner = new Client({ connectionString: (await testDatabase()).ownerUrl });
  await owner.connect();
  const { rows } = await owner.query<{ name: string }>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
     where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE' and table_name not in ('rate_limit', 'mikro_orm_migrations')`,
  );
  const sql = rows.map(({ name }) => `select '${name}' as name, count(*)::int as n from ${name}`).join(' union all ');
  return {
    async counts() {
      const result = await owner.query<{ name: string; n: number }>(sql);
      return Object.fromEntries(result.rows.map((row) => [row.name, row.n]));
    },
    close: () => owner.end(),
  };
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[]; code?: string } | undefined;
}

const serverFailed = ({ status, body }: Answer) =>
  status >= 500 || (body?.errors ?? []).some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
const refused = ({ status, body }: Answer) => status >= 400 || (body?.errors?.length ?? 0) > 0;

describe('hostile input', () => {
  let api: TestApi;
  let world: StaffedTenant;
  let tokens: [Role, string][];
  let rows: Awaited<ReturnType<typeof rowCounter>>;
  const failures: string[] = [];
  let sent = 0;

  beforeEach(() => {
    failures.length = 0;
  });

  beforeAll(async () => {
    api = await createTestApi();
    world = await aStaffedTenant();
    const roles = [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.MARKETING, Role.PARTNER_ADMIN, Role.PARTNER_SALES];
    tokens = [];
    for (const role of roles) tokens.push([role, await loginAs(api, world.staff[role])]);
    rows = await rowCounter();
  });

  afterAll(async () => {
    await rows.close();
    await api.close();
    await closeOwnerOrm();
  });

  /** Sends one call; a 5xx or INTERNAL_SERVER_ERROR, or a refused call that changed a row count, is a failure. */
  async function judge(name: string, send: () => Promise<Answer>): Promise<Answer> {
    sent++;
    const before = await rows.counts();
    const answer = await send();
    if (serverFailed(answer)) failures.push(`${name}: ${answer.status} ${JSON.stringify(answer.body).slice(-400)}`);
    if (refused(answer)) {
      const after = await rows.counts();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) failures.push(`${name}: refused, yet changed ${changed.join(', ')}`);
    }
    return answer;
  }

  /**
   * Sends a few calls at once (they spend most of their time waiting on the database); when all
   * were refused, the counts must be those from before. A batch with an accepted call is sent
   * again one by one, so that each refused call is judged on its own.
   */
  async function judgeAll(calls: [string, () => Promise<Answer>][]): Promise<void> {
    const before = await rows.counts();
    const answers = await Promise.all(calls.map(([, send]) => send()));
    sent += calls.length;
    calls.forEach(([name], index) => {
      if (serverFailed(answers[index]!))
        failures.push(`${name}: ${answers[index]!.status} ${JSON.stringify(answers[index]!.body).slice(-400)}`);
    });
    if (answers.every(refused)) {
      const after = await rows.counts();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) failures.push(`${calls.map(([name]) => name).join(' / ')}: refused, yet changed ${changed.join(', ')}`);
      return;
    }
    for (const [name, send] of calls) await judge(name, send);
  }

  const graphql = (body: string | object, token?: string) => async (): Promise<Answer> => {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) call.set('authorization', `Bearer ${token}`);
    const response = await call.send(typeof body === 'string' ? body : JSON.stringify(body));
    return { status: response.status, body: response.body as Answer['body'] };
  };

  it('answers every mutation with a client error, never a 5xx, and writes nothing when it refuses', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
      (field) => field.args.length > 0,
    ) as GraphQLField<unknown, unknown>[];
    expect(mutations.length).toBeGreaterThan(30);
    const lead = await aQualifiedLead(world.tenant);
    // An input type several mutations share (CompanyInput, PageArgs' fields) has its fields tried once.
    const tried = new Set<string>();

    for (const mutation of mutations) {
      const variableList = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const argList = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `mutation (${variableList}) { ${mutation.name}(${argList}) { __typename } }`;
      const base = Object.fromEntries(mutation.args.map((arg) => [arg.name, plausible(arg.name, arg.type, world, lead.id)]));
      // The first role the policy lets through: validation runs after the guard.
      let token: string | undefined;
      for (const [, candidate] of tokens) {
        const probe = await graphql({ query, variables: base }, candidate)();
        const code = probe.body?.errors?.[0]?.extensions?.code;
        if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') {
          token = candidate;
          break;
        }
      }
      for (const arg of mutation.args) {
        for (const leaf of leaves(arg.type)) {
          const owner = leaf.path.length ? `${String(typeAt(arg.type, leaf.path.slice(0, -1)))}.${leaf.path.at(-1)}` : '';
          if (owner && tried.has(owner)) continue;
          tried.add(owner);
          await judgeAll(
            hostileValues(leaf.type).map((value) => {
              const variables = { ...base, [arg.name]: withValueAt(base[arg.name], leaf.path, value) };
              const name = `${mutation.name}(${[arg.name, ...leaf.path].join('.')} = ${JSON.stringify(value)?.slice(0, 40)})`;
              return [name, graphql({ query, variables }, token)];
            }),
          );
        }
      }
      // Numbers JSON cannot carry as such: 1e400 parses to Infinity.
      const raw = JSON.stringify({ query, variables: base }).replace(/"version":1\b|"score":50\b|"amount":1000\b/, (match) =>
        match.replace(/\d+$/, '1e400'),
      );
      await judge(`${mutation.name}(raw 1e400)`, graphql(raw, token));
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(700);
  }, 180_000);

  it('answers POST /intake/leads with a client error for every hostile field and body, and writes nothing when it refuses', async () => {
    const created = await api.graphql(CREATE_KEY, {}, tokens[0]![1]);
    const key = created.data!.createIntakeKey.secret;
    const post =
      (body: string | object, contentType = 'application/json', headers: Record<string, string> = {}) =>
      async (): Promise<Answer> => {
        const call = request(api.app.getHttpServer())
          .post('/intake/leads')
          .set('x-intake-key', key)
          .set('content-type', contentType);
        for (const [name, value] of Object.entries(headers)) call.set(name, value);
        const response = await call.send(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
        return { status: response.status, body: response.body as Answer['body'] };
      };
    const lead = { companyName: 'Fuzz GmbH', country: 'DE', lastName: 'Fuzz', email: 'fuzz@example.test', consent: true };
    const fields = [
      'companyName',
      'industry',
      'employeeBand',
      'annualRevenue',
      'website',
      'country',
      'postalCode',
      'city',
      'street',
      'firstName',
      'lastName',
      'email',
      'phone',
      'position',
      'decisionMaker',
      'productLine',
      'message',
      'budget',
      'timeframe',
      'requestType',
      'consent',
      'consentWording',
      'externalReference',
      'intakeKey',
    ];
    const values = [
      '',
      NUL,
      LONE_SURROGATE,
      CONTROL,
      BIDI,
      HUGE,
      42,
      1e308,
      -1,
      { a: 1 },
      ['x'],
      deepJson(1000),
      true,
      'javascript:alert(1)',
    ];
    for (const field of fields) {
      await judgeAll(
        values.map((value) => [`intake ${field} = ${JSON.stringify(value)?.slice(0, 40)}`, post({ ...lead, [field]: value })]),
      );
    }
    const deepText = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const rawBodies: [string, string | Buffer, string, Record<string, string>?][] = [
      ['deep JSON text', `{"companyName":${deepText},"country":"DE","lastName":"X"}`, 'application/json'],
      ['a deep array', `{"companyName":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'application/json'],
      ['1e400', '{"companyName":"X","country":"DE","lastName":"X","budget":1e400}', 'application/json'],
      ['broken JSON', '{"companyName": "X",', 'application/json'],
      ['not UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'application/json'],
      ['a charset nobody supports', '{"companyName":"X"}', 'application/json; charset=klingon'],
      ['gzip that is not', 'not gzip at all', 'application/json', { 'content-encoding': 'gzip' }],
      ['an unknown content encoding', '{}', 'application/json', { 'content-encoding': 'rot13' }],
      ['XML', '<lead><companyName>X</companyName></lead>', 'application/xml'],
      ['plain text', 'companyName=X', 'text/plain'],
      ['a body of 200 kB', JSON.stringify({ ...lead, message: 'x'.repeat(200_000) }), 'application/json'],
      ['a form post with NUL', 'companyName=A%00B&country=DE&lastName=X', 'application/x-www-form-urlencoded'],
      ['a form post with a lone surrogate', 'companyName=A%ED%A0%80B&country=DE&lastName=X', 'application/x-www-form-urlencoded'],
      ['a form post with nested fields', 'companyName[a][b][c]=X&country=DE&lastName=X', 'application/x-www-form-urlencoded'],
      [
        'a form post with 5000 fields',
        Array.from({ length: 5000 }, (_, i) => `f${i}=x`).join('&'),
        'application/x-www-form-urlencoded',
      ],
      ['an array', '[1,2,3]', 'application/json'],
      ['null', 'null', 'application/json'],
    ];
    for (const [name, body, contentType, headers] of rawBodies) {
      const answer = await judge(`intake body: ${name}`, post(body, contentType, headers));
      expect([name, answer.status >= 400 && answer.status < 500]).toEqual([name, true]);
      expect([name, typeof answer.body?.code]).toEqual([name, 'string']);
    }
    expect((await judge('intake: XML', post('<lead/>', 'application/xml'))).status).toBe(415);
    expect((await judge('intake: 200 kB', post(JSON.stringify({ message: 'x'.repeat(200_000) })))).status).toBe(413);
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers raw GraphQL bodies a broken client sends with a client error', async () => {
    const [, token] = tokens[0]!;
    const bodies: [string, string | object][] = [
      [
        'deep JSON variables',
        `{"query":"mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }","variables":{"input":${'{"name":'.repeat(5000)}"x"${'}'.repeat(5000)}}}`,
      ],
      ['deep JSON text', `{"query":"{ me { user { id } } }","variables":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
      ['not a query', { query: 42 }],
      ['no query', {}],
      ['broken JSON', '{"query": "{ me'],
      ['1000 aliases', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }` }],
      ['5000 tokens', { query: `{ me { ${'user { id } '.repeat(1700)} } }` }],
      ['a NUL in the query', { query: '{ me\u0000 { user { id } } }' }],
      ['a batch', [{ query: '{ me { user { id } } }' }, { query: '{ me { user { id } } }' }]],
    ];
    for (const [name, body] of bodies) {
      const answer = await judge(`graphql: ${name}`, graphql(body, token));
      expect([name, answer.status]).toEqual([name, expect.any(Number)]);
      expect([name, answer.status >= 500]).toEqual([name, false]);
    }
    expect(failures).toEqual([]);
  });
});
