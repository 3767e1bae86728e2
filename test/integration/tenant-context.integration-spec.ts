import { MikroORM } from '@mikro-orm/postgresql';
import { Role, TENANT_FILTER, TenantContext, ormOptions } from '@leadrelay/core';
import { Membership } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { ENTITIES } from '../../mikro-orm.config';
import { aMember, aPartner, aTenant } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { testDatabase } from '../support/test-database';

/**
 * TenantContext as the services use it, on the application role's connection: the tenant it names
 * holds for one transaction only, and the database keeps to it even where the ORM filter is off.
 */
describe('TenantContext on the application role', () => {
  let orm: MikroORM;
  let tenants: TenantContext;

  beforeAll(async () => {
    // One connection, so that every transaction below follows the previous one on it.
    orm = await MikroORM.init(ormOptions({ clientUrl: (await testDatabase()).appUrl, entities: ENTITIES, poolMax: 1 }));
    tenants = new TenantContext(orm.em);
  });

  afterAll(async () => {
    await orm.close();
    await closeOwnerOrm();
  });

  const everyPartner = { filters: { [TENANT_FILTER]: false } } as const;

  it("shows a tenant's transaction its own rows only, even with the ORM filter off", async () => {
    const [a, b] = [await aTenant(), await aTenant()];
    const [ofA] = [await aPartner(a), await aPartner(b)];
    const seen = await tenants.run(a.id, (em) => em.find(Partner, {}, everyPartner));
    expect(seen.map((p) => p.id)).toEqual([ofA.id]);
  });

  it('ends the tenant with the transaction: the next transaction on the same connection sees nothing', async () => {
    const tenant = await aTenant();
    await aPartner(tenant);
    expect(await tenants.run(tenant.id, (em) => em.count(Partner, {}))).toBe(1);

    expect(await tenants.runUnscoped((em) => em.count(Partner, {}, everyPartner))).toBe(0);
    expect(await tenants.runUnscoped((em) => em.execute(`select current_setting('app.tenant_id', true) as t`))).toEqual([
      { t: '' },
    ]);
  });

  it('ends the tenant even when the transaction failed', async () => {
    const tenant = await aTenant();
    await aPartner(tenant);
    await expect(
      tenants.run(tenant.id, async () => {
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await tenants.runUnscoped((em) => em.count(Partner, {}, everyPartner))).toBe(0);
  });

  it('does not let a transaction write into another tenant, even when the ORM is told to', async () => {
    const [a, b] = [await aTenant(), await aTenant()];
    await expect(
      tenants.run(a.id, async (em) => {
        em.create(Partner, { tenantId: b.id, name: 'Planted' });
        await em.flush();
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("shows the login path the user's own memberships in every tenant, and no one else's", async () => {
    const [a, b] = [await aTenant(), await aTenant()];
    const me = await aMember(a, Role.MARKETING);
    const mine = await aMember(b, Role.PARTNER_SALES, { partner: await aPartner(b), user: me.user });
    await aMember(a, Role.VENDOR_ADMIN);
    const seen = await tenants.runAsUser(me.user.id, (em) => em.find(Membership, {}, everyPartner));
    expect(seen.map((m) => m.id).sort()).toEqual([me.membership.id, mine.membership.id].sort());
  });
});
