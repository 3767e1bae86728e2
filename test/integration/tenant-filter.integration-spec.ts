import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, TENANT_FILTER, TenantOwnedEntity } from '@leadrelay/core';
import { Membership, Session } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { ENTITIES } from '../../mikro-orm.config';
import { aMember, aPartner, aSession, aTenant } from '../factories/identity.factories';
import { closeOwnerOrm, countRows, ownerEm } from '../support/owner-orm';

/**
 * The middle wall between tenants: the MikroORM filter on every tenant-owned entity refuses to
 * run without a tenant. Shown as the owner of the tables, whom row-level security does not stop,
 * so that nothing but the filter stands between a careless query and every tenant's rows.
 */
describe('the tenant filter', () => {
  const TENANT_OWNED = (ENTITIES as EntityClass<object>[]).filter(
    (entity): entity is EntityClass<TenantOwnedEntity> => entity.prototype instanceof TenantOwnedEntity,
  );

  afterAll(() => closeOwnerOrm());

  it("covers the foundation's tenant-owned entities (and every later one)", () => {
    expect(TENANT_OWNED).toEqual(expect.arrayContaining([Partner, Membership, Session]));
  });

  // Every way an entity manager reads or writes by a condition.
  const OPERATIONS: [string, (em: EntityManager, entity: (typeof TENANT_OWNED)[number]) => Promise<unknown>][] = [
    ['find', (em, entity) => em.find(entity, {})],
    ['findOne', (em, entity) => em.findOne(entity, { createdAt: { $lte: new Date() } })],
    ['count', (em, entity) => em.count(entity, {})],
    ['findByCursor', (em, entity) => em.findByCursor(entity, { first: 1, orderBy: { id: 'asc' } })],
    ['nativeUpdate', (em, entity) => em.nativeUpdate(entity, {}, { createdAt: new Date(0) })],
    ['nativeDelete', (em, entity) => em.nativeDelete(entity, {})],
  ];

  const CASES = TENANT_OWNED.flatMap((entity) => OPERATIONS.map(([name, run]) => [entity.name, name, entity, run] as const));

  describe.each([
    ['no tenant parameter', undefined],
    ['a tenant parameter without a tenantId', {}],
  ])('with %s', (_label, params) => {
    it.each(CASES)('%s.%s refuses to run', async (_entity, _operation, entity, run) => {
      const em = await ownerEm();
      if (params) em.setFilterParams(TENANT_FILTER, params);
      await expect(run(em, entity)).rejects.toThrow(/tenant/);
    });
  });

  it("with the tenant parameter, a query answers only that tenant's rows", async () => {
    const [a, b] = [await aTenant(), await aTenant()];
    for (const tenant of [a, b]) {
      const partner = await aPartner(tenant);
      await aSession(await aMember(tenant, Role.PARTNER_ADMIN, { partner }));
    }
    const em = await ownerEm();
    em.setFilterParams(TENANT_FILTER, { tenantId: a.id });
    for (const entity of [Partner, Membership, Session] as EntityClass<TenantOwnedEntity>[]) {
      expect(await countRows(entity, { tenantId: b.id })).toBeGreaterThan(0);
      const tenants = (await em.find(entity, {})).map((row) => row.tenantId);
      expect(new Set(tenants)).toEqual(new Set([a.id]));
    }
  });
});
