import { Role } from '@leadrelay/core';
import { Membership, User } from '@leadrelay/identity';
import { aMember, aStaffedTenant, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm, countRows, ownerEm, readRow } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { AddMemberInput, UpdateMemberInput } from '../support/graphql/generated/graphql';

const ADD = graphql(`
  mutation MembersAdd($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      role
      user {
        id
        email
        name
      }
      partner {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation MembersUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      role
      partner {
        id
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation MembersRemove($id: ID!) {
    removeMember(id: $id)
  }
`);
const MEMBERS = graphql(`
  query MembersMembers($partnerId: ID) {
    members(partnerId: $partnerId, first: 100) {
      nodes {
        id
      }
      totalCount
    }
  }
`);

const codesOf = (result: GraphQLResult) => result.errors?.map((e) => e.extensions.code);
const unique = () => Math.random().toString(36).slice(2, 10);

describe('members', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const add = (token: string, input: AddMemberInput) => api.graphql(ADD, { input }, token);
  const update = (token: string, input: UpdateMemberInput) => api.graphql(UPDATE, { input }, token);

  describe('addMember', () => {
    it('adds a person new to LeadRelay: a user without a password and a membership', async () => {
      const { tenant, staff } = await aStaffedTenant();
      const email = `new-${unique()}@example.test`;
      const result = await add(await loginAs(api, staff[Role.VENDOR_ADMIN]), {
        email: `  ${email.toUpperCase()} `,
        name: ' Neu Person ',
        role: 'MARKETING',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.addMember).toMatchObject({ role: 'MARKETING', user: { email, name: 'Neu Person' }, partner: null });

      const user = await (await ownerEm()).findOneOrFail(User, { email }, { populate: ['passwordHash'] });
      expect(user).toMatchObject({ id: result.data!.addMember.user.id, name: 'Neu Person', passwordHash: null });
      expect(await readRow(Membership, { id: result.data!.addMember.id })).toMatchObject({
        tenantId: tenant.id,
        role: Role.MARKETING,
        partner: null,
      });
    });

    it('adds an existing user of another tenant: the same user, now with two memberships', async () => {
      const elsewhere = await aMember(await aTenant(), Role.VENDOR_ADMIN);
      const { tenant, p1, staff } = await aStaffedTenant();
      const result = await add(await loginAs(api, staff[Role.VENDOR_ADMIN]), {
        email: elsewhere.email.toUpperCase(),
        name: 'Another Name',
        role: 'PARTNER_SALES',
        partnerId: p1.id,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.addMember).toMatchObject({
        role: 'PARTNER_SALES',
        user: { id: elsewhere.user.id, email: elsewhere.email, name: elsewhere.user.name },
        partner: { id: p1.id },
      });
      expect(await countRows(User, { email: elsewhere.email })).toBe(1);
      expect(await countRows(Membership, { user: elsewhere.user.id })).toBe(2);
      expect(await readRow(Membership, { user: elsewhere.user.id, tenantId: tenant.id })).toMatchObject({
        role: Role.PARTNER_SALES,
      });
    });

    it('refuses a person who already is a member of the tenant (CONFLICT)', async () => {
      const { tenant, staff } = await aStaffedTenant();
      const before = await countRows(Membership, { tenantId: tenant.id });
      const result = await add(await loginAs(api, staff[Role.VENDOR_ADMIN]), {
        email: staff[Role.MARKETING].email,
        name: 'Twice',
        role: 'DIRECT_SALES',
      });
      expect(codesOf(result)).toEqual(['CONFLICT']);
      expect(result.errors![0]!.extensions.field).toBe('email');
      expect(await countRows(Membership, { tenantId: tenant.id })).toBe(before);
      expect((await readRow(Membership, { id: staff[Role.MARKETING].membership.id })).role).toBe(Role.MARKETING);
    });

    it('answers the same new person added at the same moment, here and by another tenant, without a server error', async () => {
      const [a, b] = [await aStaffedTenant(), await aStaffedTenant()];
      const [tokenA, tokenB] = [await loginAs(api, a.staff[Role.VENDOR_ADMIN]), await loginAs(api, b.staff[Role.VENDOR_ADMIN])];
      // Repeated, because requests that happen to arrive one after the other prove nothing.
      for (let round = 0; round < 8; round++) {
        const email = `same-moment-${round}-${unique()}@example.test`;
        const answers = await Promise.all(
          [tokenA, tokenA, tokenB].map((token) => add(token, { email, name: 'Same Moment', role: 'MARKETING' })),
        );
        for (const answer of answers) {
          expect(codesOf(answer) ?? ['OK']).toEqual([expect.stringMatching(/^(OK|CONFLICT)$/)]);
        }
        // One account; each answer that succeeded is a membership, and no tenant has the person twice.
        expect(await countRows(User, { email })).toBe(1);
        expect(await countRows(Membership, { user: { email } })).toBe(answers.filter((answer) => !answer.errors).length);
        expect(await countRows(Membership, { tenantId: a.tenant.id, user: { email } })).toBeLessThanOrEqual(1);
      }
    }, 30_000);

    it('lets a partner admin add PARTNER_SALES to its own partner without naming it', async () => {
      const { p1, staff } = await aStaffedTenant();
      const email = `rep-${unique()}@example.test`;
      const result = await add(await loginAs(api, staff[Role.PARTNER_ADMIN]), { email, name: 'Rep', role: 'PARTNER_SALES' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.addMember).toMatchObject({ role: 'PARTNER_SALES', partner: { id: p1.id } });
      expect((await readRow(Membership, { id: result.data!.addMember.id })).partner?.id).toBe(p1.id);
    });

    it.each([Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.MARKETING, Role.DIRECT_SALES])(
      'refuses a partner admin adding a %s (FORBIDDEN, nothing written)',
      async (role) => {
        const { tenant, staff } = await aStaffedTenant();
        const email = `climber-${unique()}@example.test`;
        const before = await countRows(Membership, { tenantId: tenant.id });
        const result = await add(await loginAs(api, staff[Role.PARTNER_ADMIN]), { email, name: 'Climber', role });
        expect(codesOf(result)).toEqual(['FORBIDDEN']);
        expect(await countRows(Membership, { tenantId: tenant.id })).toBe(before);
        expect(await countRows(User, { email })).toBe(0);
      },
    );

    it('refuses a vendor role with a partnerId, and a partner role without one (BAD_USER_INPUT on partnerId)', async () => {
      const { tenant, p1, staff } = await aStaffedTenant();
      const token = await loginAs(api, staff[Role.VENDOR_ADMIN]);
      const before = await countRows(Membership, { tenantId: tenant.id });

      const vendorWithPartner = await add(token, {
        email: `v-${unique()}@example.test`,
        name: 'V',
        role: 'MARKETING',
        partnerId: p1.id,
      });
      expect(codesOf(vendorWithPartner)).toEqual(['BAD_USER_INPUT']);
      expect(vendorWithPartner.errors![0]!.extensions.field).toBe('partnerId');

      const partnerWithout = await add(token, { email: `p-${unique()}@example.test`, name: 'P', role: 'PARTNER_SALES' });
      expect(codesOf(partnerWithout)).toEqual(['BAD_USER_INPUT']);
      expect(partnerWithout.errors![0]!.extensions.field).toBe('partnerId');

      expect(await countRows(Membership, { tenantId: tenant.id })).toBe(before);
    });
  });

  describe('updateMember and removeMember', () => {
    it('a vendor admin changes a role and moves a partner user to another partner', async () => {
      const { tenant, p2, staff } = await aStaffedTenant();
      const token = await loginAs(api, staff[Role.VENDOR_ADMIN]);
      const sales = staff[Role.PARTNER_SALES].membership;

      const moved = await update(token, { id: sales.id, role: 'PARTNER_ADMIN', partnerId: p2.id });
      expect(moved.data!.updateMember).toEqual({ id: sales.id, role: 'PARTNER_ADMIN', partner: { id: p2.id } });
      expect(await readRow(Membership, { id: sales.id })).toMatchObject({ role: Role.PARTNER_ADMIN, partner: { id: p2.id } });

      // p2's only admin now: another one first, then it may leave for the vendor side.
      await aMember(tenant, Role.PARTNER_ADMIN, { partner: p2 });
      const toVendor = await update(token, { id: sales.id, role: 'CHANNEL_MANAGER' });
      expect(toVendor.data!.updateMember).toEqual({ id: sales.id, role: 'CHANNEL_MANAGER', partner: null });
    });

    it('refuses a partner admin making its own partner user a vendor user (FORBIDDEN)', async () => {
      const { staff } = await aStaffedTenant();
      const sales = staff[Role.PARTNER_SALES].membership;
      const result = await update(await loginAs(api, staff[Role.PARTNER_ADMIN]), { id: sales.id, role: 'VENDOR_ADMIN' });
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect((await readRow(Membership, { id: sales.id })).role).toBe(Role.PARTNER_SALES);
    });

    it("answers a partner admin's change of a vendor user of its own tenant with NOT_FOUND", async () => {
      const { staff } = await aStaffedTenant();
      const token = await loginAs(api, staff[Role.PARTNER_ADMIN]);
      const vendor = staff[Role.MARKETING].membership;
      expect(codesOf(await update(token, { id: vendor.id, role: 'DIRECT_SALES' }))).toEqual(['NOT_FOUND']);
      expect(codesOf(await api.graphql(REMOVE, { id: vendor.id }, token))).toEqual(['NOT_FOUND']);
      expect((await readRow(Membership, { id: vendor.id })).role).toBe(Role.MARKETING);
    });

    it('refuses to remove or demote the last VENDOR_ADMIN (LAST_ADMIN), and says what to do', async () => {
      const { staff } = await aStaffedTenant();
      const admin = staff[Role.VENDOR_ADMIN];
      const token = await loginAs(api, admin);

      const removal = await api.graphql(REMOVE, { id: admin.membership.id }, token);
      expect(codesOf(removal)).toEqual(['LAST_ADMIN']);
      expect(removal.errors![0]!.message).toMatch(/Make someone else VENDOR_ADMIN first/);
      const demotion = await update(token, { id: admin.membership.id, role: 'CHANNEL_MANAGER' });
      expect(codesOf(demotion)).toEqual(['LAST_ADMIN']);

      expect((await readRow(Membership, { id: admin.membership.id })).role).toBe(Role.VENDOR_ADMIN);
    });

    it("refuses to remove, demote or move a partner's last PARTNER_ADMIN (LAST_ADMIN), for the partner admin and the vendor admin", async () => {
      const { tenant, p1, p2, staff } = await aStaffedTenant();
      const admin = staff[Role.PARTNER_ADMIN];
      const own = await loginAs(api, admin);
      const vendor = await loginAs(api, staff[Role.VENDOR_ADMIN]);

      for (const answer of [
        await api.graphql(REMOVE, { id: admin.membership.id }, own),
        await update(own, { id: admin.membership.id, role: 'PARTNER_SALES' }),
        await api.graphql(REMOVE, { id: admin.membership.id }, vendor),
        await update(vendor, { id: admin.membership.id, role: 'CHANNEL_MANAGER' }),
        await update(vendor, { id: admin.membership.id, partnerId: p2.id }),
      ]) {
        expect(codesOf(answer)).toEqual(['LAST_ADMIN']);
        expect(answer.errors![0]!.message).toMatch(
          /last PARTNER_ADMIN of the partner\. Make another member of the partner PARTNER_ADMIN first/,
        );
        expect(answer.errors![0]!.extensions.role).toBe('PARTNER_ADMIN');
      }
      const row = await readRow(Membership, { id: admin.membership.id });
      expect([row.role, row.partnerId]).toEqual([Role.PARTNER_ADMIN, p1.id]);

      // With a second admin the first may step down.
      await aMember(tenant, Role.PARTNER_ADMIN, { partner: p1 });
      const stepDown = await update(own, { id: admin.membership.id, role: 'PARTNER_SALES' });
      expect(stepDown.data?.updateMember.role).toBe('PARTNER_SALES');
    });

    it('keeps a VENDOR_ADMIN when two admins remove or demote each other at the same moment', async () => {
      // Repeated, because requests that happen to arrive one after the other prove nothing.
      for (let round = 0; round < 6; round++) {
        const tenant = await aTenant();
        const [x, y] = [await aMember(tenant, Role.VENDOR_ADMIN), await aMember(tenant, Role.VENDOR_ADMIN)];
        const [asX, asY] = [await loginAs(api, x), await loginAs(api, y)];
        const answers = await Promise.all(
          round % 2
            ? [api.graphql(REMOVE, { id: y.membership.id }, asX), api.graphql(REMOVE, { id: x.membership.id }, asY)]
            : [update(asX, { id: y.membership.id, role: 'MARKETING' }), update(asY, { id: x.membership.id, role: 'MARKETING' })],
        );
        expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
        expect(await countRows(Membership, { tenantId: tenant.id, role: Role.VENDOR_ADMIN })).toBe(1);
      }
    }, 30_000);

    it('lets a vendor admin step down once there is another', async () => {
      const { tenant, staff } = await aStaffedTenant();
      const admin = staff[Role.VENDOR_ADMIN];
      await aMember(tenant, Role.VENDOR_ADMIN);
      const result = await update(await loginAs(api, admin), { id: admin.membership.id, role: 'CHANNEL_MANAGER' });
      expect(result.data?.updateMember.role).toBe('CHANNEL_MANAGER');
    });

    it("removes a member: the membership goes, the person's account and other memberships stay", async () => {
      const { tenant, staff } = await aStaffedTenant();
      const marketing = staff[Role.MARKETING];
      const elsewhere = await aMember(await aTenant(), Role.DIRECT_SALES, { user: marketing.user });
      const result = await api.graphql(REMOVE, { id: marketing.membership.id }, await loginAs(api, staff[Role.VENDOR_ADMIN]));
      expect(result.data).toEqual({ removeMember: true });
      expect(await countRows(Membership, { tenantId: tenant.id, user: marketing.user.id })).toBe(0);
      expect(await countRows(Membership, { id: elsewhere.membership.id })).toBe(1);
      expect(await countRows(User, { id: marketing.user.id })).toBe(1);
    });
  });

  describe('members', () => {
    it("shows a vendor admin the whole tenant, a partner admin its own partner's members only", async () => {
      const { tenant, p1, staff } = await aStaffedTenant();
      const everyone = await api.graphql(MEMBERS, {}, await loginAs(api, staff[Role.VENDOR_ADMIN]));
      expect(everyone.data?.members.totalCount).toBe(await countRows(Membership, { tenantId: tenant.id }));

      const own = await api.graphql(MEMBERS, {}, await loginAs(api, staff[Role.PARTNER_ADMIN]));
      expect(own.data?.members.nodes.map((node) => node.id).sort()).toEqual(
        [staff[Role.PARTNER_ADMIN].membership.id, staff[Role.PARTNER_SALES].membership.id].sort(),
      );
      expect(await countRows(Membership, { partner: p1.id })).toBe(2);
    });

    it.each([Role.CHANNEL_MANAGER, Role.PARTNER_SALES])('refuses %s (FORBIDDEN)', async (role) => {
      const { staff } = await aStaffedTenant();
      expect(codesOf(await api.graphql(MEMBERS, {}, await loginAs(api, staff[role])))).toEqual(['FORBIDDEN']);
    });
  });
});
