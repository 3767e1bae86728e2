import { Role, isPartnerRole } from '@leadrelay/core';
import { Membership, User } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { type StaffedTenant, type TestMember, aStaffedTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm, countRows, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import type { DocumentNode } from 'graphql';
import { graphql } from '../support/graphql/generated';

/** An object someone must not reach: a partner and a member of it. */
interface Target {
  partner: Partner;
  member: TestMember;
}

/** Every query and mutation that takes the id of a partner or a member. A new one is one more line. */
const OPERATIONS: { name: string; query: DocumentNode; variables: (target: Target) => Record<string, unknown> }[] = [
  {
    name: 'partner(id)',
    query: graphql(`
      query IsolationPartner($id: ID!) {
        partner(id: $id) {
          id
          name
        }
      }
    `),
    variables: ({ partner }) => ({ id: partner.id }),
  },
  {
    name: 'updatePartner',
    query: graphql(`
      mutation IsolationUpdatePartner($input: UpdatePartnerInput!) {
        updatePartner(input: $input) {
          id
          name
        }
      }
    `),
    variables: ({ partner }) => ({ input: { id: partner.id, name: 'Taken over', status: 'ENDED', capacity: 0 } }),
  },
  {
    name: 'members(partnerId)',
    query: graphql(`
      query IsolationMembers($partnerId: ID) {
        members(partnerId: $partnerId) {
          nodes {
            id
            user {
              email
            }
          }
        }
      }
    `),
    variables: ({ partner }) => ({ partnerId: partner.id }),
  },
  {
    name: 'addMember(partnerId)',
    query: graphql(`
      mutation IsolationAddMember($input: AddMemberInput!) {
        addMember(input: $input) {
          id
        }
      }
    `),
    variables: ({ partner }) => ({
      input: { email: `intruder-${partner.id}@example.test`, name: 'Intruder', role: 'PARTNER_SALES', partnerId: partner.id },
    }),
  },
  {
    name: 'updateMember(id)',
    query: graphql(`
      mutation IsolationUpdateMember($input: UpdateMemberInput!) {
        updateMember(input: $input) {
          id
          role
        }
      }
    `),
    variables: ({ member }) => ({ input: { id: member.membership.id, role: 'PARTNER_ADMIN' } }),
  },
  {
    name: 'removeMember(id)',
    query: graphql(`
      mutation IsolationRemoveMember($id: ID!) {
        removeMember(id: $id)
      }
    `),
    variables: ({ member }) => ({ id: member.membership.id }),
  },
];

/**
 * Another tenant's objects, and another partner's of the same tenant, do not exist for an actor:
 * every operation on them answers NOT_FOUND (never the object, never FORBIDDEN, which would tell
 * that it exists) and changes nothing.
 */
describe('isolation between tenants and between partners', () => {
  let api: TestApi;
  let a: StaffedTenant;
  let b: StaffedTenant;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    api = await createTestApi();
    a = await aStaffedTenant();
    b = await aStaffedTenant();
    for (const role of Object.values(Role)) {
      tokens.set(role, await loginAs(api, a.staff[role]));
    }
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const TARGETS: Record<string, () => Target> = {
    "tenant B's partner P1 and its member": () => ({ partner: b.p1, member: b.staff[Role.PARTNER_SALES] }),
    "the same tenant's partner P2 and its member": () => ({ partner: a.p2, member: a.p2Sales }),
  };

  const CASES = Object.values(Role).flatMap((role) =>
    Object.keys(TARGETS)
      // Vendor users see their whole tenant, so only partner users are kept from P2.
      .filter((target) => target.startsWith('tenant B') || isPartnerRole(role))
      .flatMap((target) => OPERATIONS.map((operation) => [role, target, operation.name, operation] as const)),
  );

  /** Everything of the target an operation could change, read as the owner. */
  async function stateOf({ partner, member }: Target) {
    const em = await ownerEm();
    return {
      partner: await em.findOneOrFail(Partner, partner.id, { filters: false }),
      members: (await em.find(Membership, { partner: partner.id }, { filters: false, orderBy: { id: 'asc' } })).map((m) => ({
        id: m.id,
        role: m.role,
        user: m.user.id,
      })),
      member: await em.findOne(Membership, member.membership.id, { filters: false }),
      intruders: await countRows(User, { email: { $like: 'intruder-%' } }),
    };
  }

  it.each(CASES)('%s of tenant A on %s: %s answers NOT_FOUND and changes nothing', async (role, targetName, _name, operation) => {
    const target = TARGETS[targetName]!();
    const before = await stateOf(target);

    const result = await api.graphql(operation.query, operation.variables(target), tokens.get(role));

    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect(result.data ?? null).toBeNull();
    const answer = JSON.stringify(result);
    expect(answer).not.toContain(target.partner.name);
    expect(answer).not.toContain(target.member.email);
    expect(await stateOf(target)).toEqual(before);
  });
});
