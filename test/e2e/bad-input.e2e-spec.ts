import { Role } from '@leadrelay/core';
import { Membership, User } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { type StaffedTenant, aStaffedTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm, countRows, readRow } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { type DocumentNode, parse } from 'graphql';
import { graphql } from '../support/graphql/generated';

const ADD_MEMBER = graphql(`
  mutation BadInputAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
    }
  }
`);
const UPDATE_MEMBER = graphql(`
  mutation BadInputUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation BadInputRemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);
const CREATE_PARTNER = graphql(`
  mutation BadInputCreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
    }
  }
`);
const UPDATE_PARTNER = graphql(`
  mutation BadInputUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
    }
  }
`);
const PARTNER = graphql(`
  query BadInputPartner($id: ID!) {
    partner(id: $id) {
      id
    }
  }
`);
const PARTNERS = graphql(`
  query BadInputPartners($first: Int!, $after: String) {
    partners(first: $first, after: $after) {
      totalCount
    }
  }
`);
const MEMBERS = graphql(`
  query BadInputMembers($partnerId: ID) {
    members(partnerId: $partnerId) {
      totalCount
    }
  }
`);
const LOGIN = graphql(`
  mutation BadInputLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const LONG = 'x'.repeat(201);

interface BadInput {
  name: string;
  /** Checked against the schema by codegen, but untyped: the variables are wrong on purpose. */
  query: DocumentNode;
  variables: (world: StaffedTenant) => Record<string, unknown>;
  /** `BAD_USER_INPUT` with the field named in `extensions.field`, or GraphQL's own refusal. */
  code: 'BAD_USER_INPUT' | 'GRAPHQL_VALIDATION_FAILED';
  field?: string;
}

const newMember = { email: 'someone-new@example.test', name: 'Someone New', role: 'MARKETING' };
const newPartner = { name: 'A New Partner' };

/** Input a client may send by mistake or on purpose: each is refused with a clear code and writes nothing. */
const CASES: BadInput[] = [
  // addMember
  {
    name: 'addMember: invalid e-mail',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, email: 'not-an-email' } }),
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'addMember: over-long e-mail',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, email: `${'a'.repeat(250)}@example.test` } }),
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'addMember: empty name',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, name: '' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'addMember: whitespace name',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, name: ' \t ' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'addMember: 201-character name',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, name: LONG } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'addMember: malformed partnerId',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, role: 'PARTNER_SALES', partnerId: 'partner-1' } }),
    code: 'BAD_USER_INPUT',
    field: 'partnerId',
  },
  {
    name: 'addMember: unknown role (variable)',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, role: 'OWNER' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'addMember: unknown role (literal)',
    query: parse(`mutation { addMember(input: { email: "someone-new@example.test", name: "X", role: OWNER }) { id } }`),
    variables: () => ({}),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'addMember: unknown locale',
    query: ADD_MEMBER,
    variables: () => ({ input: { ...newMember, locale: 'FR' } }),
    code: 'BAD_USER_INPUT',
  },
  // updateMember, removeMember
  {
    name: 'updateMember: malformed id',
    query: UPDATE_MEMBER,
    variables: () => ({ input: { id: '42', role: 'MARKETING' } }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'updateMember: malformed partnerId',
    query: UPDATE_MEMBER,
    variables: (w) => ({ input: { id: w.staff.PARTNER_SALES.membership.id, partnerId: 'p2' } }),
    code: 'BAD_USER_INPUT',
    field: 'partnerId',
  },
  {
    name: 'updateMember: unknown role',
    query: UPDATE_MEMBER,
    variables: (w) => ({ input: { id: w.staff.PARTNER_SALES.membership.id, role: 'GOD' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'removeMember: malformed id',
    query: REMOVE_MEMBER,
    variables: () => ({ id: "1' or '1'='1" }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  // createPartner
  {
    name: 'createPartner: empty name',
    query: CREATE_PARTNER,
    variables: () => ({ input: { name: '' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'createPartner: whitespace name',
    query: CREATE_PARTNER,
    variables: () => ({ input: { name: '   ' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'createPartner: 201-character name',
    query: CREATE_PARTNER,
    variables: () => ({ input: { name: LONG } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'createPartner: 201-character city',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, city: LONG } }),
    code: 'BAD_USER_INPUT',
    field: 'city',
  },
  {
    name: 'createPartner: 101-character competency',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, competencies: ['x'.repeat(101)] } }),
    code: 'BAD_USER_INPUT',
    field: 'competencies',
  },
  {
    name: 'createPartner: bad country code',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, territories: [{ country: 'XX' }] } }),
    code: 'BAD_USER_INPUT',
    field: 'territories.0.country',
  },
  {
    name: 'createPartner: country name for a code',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, territories: [{ country: 'Germany' }] } }),
    code: 'BAD_USER_INPUT',
    field: 'territories.0.country',
  },
  {
    name: 'createPartner: bad postal-code prefix',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, territories: [{ country: 'DE', postalCodePrefixes: ['20-1'] }] } }),
    code: 'BAD_USER_INPUT',
    field: 'territories.0.postalCodePrefixes',
  },
  {
    name: 'createPartner: negative capacity',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, capacity: -1 } }),
    code: 'BAD_USER_INPUT',
    field: 'capacity',
  },
  {
    name: 'createPartner: unknown tier (variable)',
    query: CREATE_PARTNER,
    variables: () => ({ input: { ...newPartner, tier: 'PLATINUM' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'createPartner: unknown status (literal)',
    query: parse(`mutation { createPartner(input: { name: "X", status: DELETED }) { id } }`),
    variables: () => ({}),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // updatePartner
  {
    name: 'updatePartner: malformed id',
    query: UPDATE_PARTNER,
    variables: () => ({ input: { id: 'not-an-id', name: 'X' } }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'updatePartner: whitespace name',
    query: UPDATE_PARTNER,
    variables: (w) => ({ input: { id: w.p1.id, name: '  ' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'updatePartner: 201-character name',
    query: UPDATE_PARTNER,
    variables: (w) => ({ input: { id: w.p1.id, name: LONG } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'updatePartner: bad country code',
    query: UPDATE_PARTNER,
    variables: (w) => ({ input: { id: w.p1.id, territories: [{ country: 'ZZ' }] } }),
    code: 'BAD_USER_INPUT',
    field: 'territories.0.country',
  },
  {
    name: 'updatePartner: unknown status',
    query: UPDATE_PARTNER,
    variables: (w) => ({ input: { id: w.p1.id, status: 'DELETED' } }),
    code: 'BAD_USER_INPUT',
  },
  ...['name', 'tier', 'status', 'territories', 'competencies', 'capacity', 'version'].map((field): BadInput => ({
    name: `updatePartner: ${field} set to null`,
    query: UPDATE_PARTNER,
    variables: (w) => ({ input: { id: w.p1.id, [field]: null } }),
    code: 'BAD_USER_INPUT',
    field,
  })),
  // queries and login: refused before anything is looked up
  {
    name: 'partner: malformed id',
    query: PARTNER,
    variables: () => ({ id: '../partners' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'members: malformed partnerId',
    query: MEMBERS,
    variables: () => ({ partnerId: '1' }),
    code: 'BAD_USER_INPUT',
    field: 'partnerId',
  },
  { name: 'partners: page size 0', query: PARTNERS, variables: () => ({ first: 0 }), code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'partners: page size 101', query: PARTNERS, variables: () => ({ first: 101 }), code: 'BAD_USER_INPUT', field: 'first' },
  {
    name: 'partners: a cursor that is none',
    query: PARTNERS,
    variables: () => ({ first: 5, after: 'bm90IGEgY3Vyc29y' }),
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
  {
    name: 'login: invalid e-mail',
    query: LOGIN,
    variables: () => ({ input: { email: 'admin', password: 'x' } }),
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'login: malformed tenantId',
    query: LOGIN,
    variables: (w) => ({ input: { email: w.staff.VENDOR_ADMIN.email, password: 'x', tenantId: 'acme' } }),
    code: 'BAD_USER_INPUT',
    field: 'tenantId',
  },
];

describe('bad input writes nothing', () => {
  let api: TestApi;
  let world: StaffedTenant;
  let token: string;

  beforeAll(async () => {
    api = await createTestApi();
    world = await aStaffedTenant();
    token = await loginAs(api, world.staff[Role.VENDOR_ADMIN]);
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** What any of the operations could have written, read as the owner. */
  async function writtenState() {
    const { tenant, p1, staff } = world;
    const partner = await readRow(Partner, { id: p1.id });
    const sales = await readRow(Membership, { id: staff[Role.PARTNER_SALES].membership.id });
    return {
      partners: await countRows(Partner, { tenantId: tenant.id }),
      memberships: await countRows(Membership, { tenantId: tenant.id }),
      users: await countRows(User),
      p1: [
        partner.name,
        partner.tier,
        partner.status,
        partner.city,
        partner.territories,
        partner.competencies,
        partner.capacity,
        partner.version,
      ],
      sales: [sales.role, sales.partner?.id],
    };
  }

  it.each(CASES)('$name: $code', async ({ query, variables, code, field }) => {
    const before = await writtenState();

    const result = await api.graphql(query, variables(world), token);

    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.extensions.code).toBe(code);
    if (field) expect(error!.extensions.field).toBe(field);
    expect(error!.message).not.toMatch(/internal|exception|constraint|violat/i);
    expect(await writtenState()).toEqual(before);
  });
});
