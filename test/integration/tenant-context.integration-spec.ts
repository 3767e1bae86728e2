import { MikroORM } from '@mikro-orm/postgresql';
import { type ActorIdentity, Role, TENANT_FILTER, TenantContext, leanSql, ormOptions } from '@leadrelay/core';
import { Membership } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { sql } from 'kysely';
import { Client } from 'pg';
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
    await tenants.onApplicationShutdown();
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

  describe('read (the lean reads)', () => {
    const partners = leanSql<{ partner: { id: string; tenant_id: string; name: string } }>();
    const setting = leanSql<Record<string, never>>().selectNoFrom((eb) => [
      eb.fn<string>('current_setting', [eb.val('app.tenant_id'), eb.val(true)]).as('tenant'),
      eb.fn<string>('current_setting', [eb.val('app.partner_id'), eb.val(true)]).as('partner'),
      eb.fn<string>('current_setting', [eb.val('jit')]).as('jit'),
      eb.fn<string>('current_setting', [eb.val('transaction_read_only')]).as('readOnly'),
    ]);

    it("shows a tenant's read its own rows only, without a where that names the tenant", async () => {
      const [a, b] = [await aTenant(), await aTenant()];
      const [ofA] = [await aPartner(a), await aPartner(b)];
      const seen = await tenants.read(a.id, (read) => read.all(partners.selectFrom('partner').select('id')));
      expect(seen.map((p) => p.id)).toEqual([ofA.id]);
    });

    it("holds a partner user's read to its own partner (the partner wall), read only, JIT off", async () => {
      const tenant = await aTenant();
      const [own] = [await aPartner(tenant), await aPartner(tenant)];
      const member = await aMember(tenant, Role.PARTNER_ADMIN, { partner: own });
      const actor = { tenantId: tenant.id, partnerId: own.id, userId: member.user.id } as ActorIdentity;
      const [seen, settings] = await tenants.read(actor, async (read) => [
        await read.all(partners.selectFrom('partner').select('id')),
        await read.first(setting),
      ]);
      expect(seen).toEqual([{ id: own.id }]);
      expect(settings).toEqual({ tenant: tenant.id, partner: own.id, jit: 'off', readOnly: 'on' });
    });

    it('ends its settings with the transaction, also when the work failed', async () => {
      const tenant = await aTenant();
      await aPartner(tenant);
      expect(await tenants.read(tenant.id, (read) => read.all(partners.selectFrom('partner').select('id')))).toHaveLength(1);
      await expect(
        tenants.read(tenant.id, async (read) => {
          await read.all(partners.selectFrom('partner').select('id'));
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      // The one connection of the read pool is outside any transaction again: the next read's
      // transaction began after the failure, not before it.
      const failedAt = Date.now();
      const began = leanSql<Record<string, never>>().selectNoFrom((eb) => [eb.fn<string>('transaction_timestamp', []).as('at')]);
      const next = await tenants.read(tenant.id, (read) => read.first(began));
      expect(new Date(next!.at).getTime()).toBeGreaterThanOrEqual(failedAt - 1);
      expect(await tenants.read(tenant.id, (read) => read.all(partners.selectFrom('partner').select('id')))).toHaveLength(1);
    });

    it('keeps its connections apart from the unit of work: a read waits for no write, a write for no read', async () => {
      const tenant = await aTenant();
      await aPartner(tenant);
      /** A transaction that has sent a statement and then holds its one connection until let go. */
      const holding = <T>(start: (work: () => Promise<void>) => Promise<T>) => {
        let letGo!: () => void;
        const released = new Promise<void>((resolve) => (letGo = resolve));
        let began!: () => void;
        const started = new Promise<void>((resolve) => (began = resolve));
        const done = start(async () => {
          began();
          await released;
        });
        return { started, letGo, done };
      };
      // The ORM's one connection held by a transaction: a read still answers.
      const write = holding((hold) =>
        tenants.run(tenant.id, async (em) => {
          await em.count(Partner, {});
          await hold();
        }),
      );
      try {
        await write.started;
        expect(await tenants.read(tenant.id, (read) => read.all(partners.selectFrom('partner').select('id')))).toHaveLength(1);
      } finally {
        write.letGo();
        await write.done;
      }
      // The read pool's one connection held by a read: a write still answers.
      const read = holding((hold) =>
        tenants.read(tenant.id, async (lean) => {
          await lean.all(partners.selectFrom('partner').select('id'));
          await hold();
        }),
      );
      try {
        await read.started;
        expect(await tenants.run(tenant.id, (em) => em.count(Partner, {}))).toBe(1);
      } finally {
        read.letGo();
        await read.done;
      }
    });

    it('writes nothing, even where row-level security would let it', async () => {
      const tenant = await aTenant();
      await expect(
        tenants.read(tenant.id, (read) =>
          read.all(partners.insertInto('partner').values({ id: crypto.randomUUID(), tenant_id: tenant.id, name: 'Planted' })),
        ),
      ).rejects.toThrow(/read-only transaction/);
      expect(await tenants.run(tenant.id, (em) => em.count(Partner, {}))).toBe(0);
    });

    it('sends each statement as its own read-only transaction in one round trip, and nothing when there is none', async () => {
      const tenant = await aTenant();
      await aPartner(tenant);
      const sent: string[] = [];
      // Every round trip of a read is one `query` of its pg client.
      const original = Client.prototype.query;
      const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
        sent.push(String(args[0]));
        return (original as (...args: unknown[]) => unknown).apply(this, args);
      } as never);
      try {
        const seen = await tenants.read(tenant.id, (read) => read.all(partners.selectFrom('partner').select('id')));
        expect(seen).toHaveLength(1);
        const oneStatement =
          /^begin transaction read only; select set_config\('app\.tenant_id', '[0-9a-f-]{36}', true\), .*; select "id" from "partner"; commit$/;
        expect(sent).toHaveLength(1);
        expect(sent[0]).toMatch(oneStatement);
        sent.length = 0;
        // Two statements: two transactions, each with the settings.
        await tenants.read(tenant.id, async (read) => {
          await read.all(partners.selectFrom('partner').select('id'));
          await read.all(partners.selectFrom('partner').select('id'));
        });
        expect(sent).toHaveLength(2);
        for (const text of sent) expect(text).toMatch(oneStatement);
        sent.length = 0;
        expect(await tenants.read(tenant.id, async () => 'nothing to read')).toBe('nothing to read');
        expect(sent).toEqual([]);
      } finally {
        query.mockRestore();
      }
    });

    it('gives a statement its values as literals that mean what its parameters would', async () => {
      const tenant = await aTenant();
      const hostile = "it's \\ a 'quote'); select set_config('app.tenant_id', 'x', true); --";
      const at = new Date('2026-12-04T10:11:12.345Z');
      const values = leanSql<Record<string, never>>().selectNoFrom((eb) => [
        eb.val(hostile).$castTo<string>().as('text'),
        eb.cast<Date>(eb.val(at), 'timestamptz').as('at'),
        eb.cast<number>(eb.val(25), 'integer').as('number'),
        eb.cast<string[]>(eb.val(['a', "b'c", 'd,e']), sql`text[]`).as('list'),
        eb.cast<null>(eb.val(null), 'text').as('nothing'),
        eb.fn<string>('current_setting', [eb.val('app.tenant_id')]).as('tenant'),
      ]);
      const first = await tenants.read(tenant.id, (read) => read.first(values));
      expect(first).toEqual({
        text: hostile,
        at: expect.anything(),
        number: 25,
        list: ['a', "b'c", 'd,e'],
        nothing: null,
        tenant: tenant.id,
      });
      expect(new Date(first!.at)).toEqual(at);
    });

    it('refuses a scope that is not an id before it sends anything', async () => {
      await expect(tenants.read("x', true); select set_config('app.tenant_id', 'y", async () => 1)).rejects.toThrow(
        /Not a tenant or partner id/,
      );
    });
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
