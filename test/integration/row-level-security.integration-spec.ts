import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, Role } from '@leadrelay/core';
import { aMember, aPartner, aSession, aTenant } from '../factories/identity.factories';
import { asAppRole } from '../support/app-role';
import { closeOwnerOrm } from '../support/owner-orm';
import { testDatabase } from '../support/test-database';

/**
 * The last wall between tenants: PostgreSQL row-level security, checked on the catalogue and then
 * with raw SQL as the application role, without the ORM and without the services.
 */
describe('row-level security', () => {
  afterAll(() => closeOwnerOrm());

  describe('the catalogue', () => {
    let owner: Client;

    beforeAll(async () => {
      owner = new Client({ connectionString: (await testDatabase()).ownerUrl });
      await owner.connect();
    });

    afterAll(() => owner.end());

    it(`enables and forces row-level security on the tenant table and every table with a tenant_id that ${APP_ROLE} may read`, async () => {
      // A table the application role has no right on (lead_search: only the owner's
      // lead_search_ids reads it) needs no policies; one it may read, however named, does.
      const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean }>(
        `select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
           from pg_class c
          where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
            and has_table_privilege('${APP_ROLE}', c.oid, 'select, insert, update, delete')
            and (c.relname = 'tenant'
                 or exists (select 1 from pg_attribute a
                             where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped))
          order by c.relname`,
      );
      // The tables the foundation knows of must be among them; any later one is checked just the same.
      expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(['login_session', 'membership', 'partner', 'tenant']));
      expect(rows.filter((r) => !r.enabled || !r.forced)).toEqual([]);
    });

    it(`keeps ${APP_ROLE} from getting around it: no superuser, no BYPASSRLS, owner of nothing`, async () => {
      const { rows } = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string[] }>(
        `select r.rolsuper, r.rolbypassrls,
                array(select c.relname::text from pg_class c where c.relowner = r.oid) as owned
           from pg_roles r where r.rolname = $1`,
        [APP_ROLE],
      );
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned: [] }]);
    });
  });

  describe(`raw SQL as ${APP_ROLE}`, () => {
    /** A tenant with a row in every tenant-owned table. */
    async function aTenantWithRows() {
      const tenant = await aTenant();
      const partner = await aPartner(tenant);
      const member = await aMember(tenant, Role.PARTNER_ADMIN, { partner });
      const session = await aSession(member);
      return { tenant, partner, member, session };
    }

    let a: Awaited<ReturnType<typeof aTenantWithRows>>;
    let b: Awaited<ReturnType<typeof aTenantWithRows>>;

    beforeAll(async () => {
      a = await aTenantWithRows();
      b = await aTenantWithRows();
    });

    // The column that names the tenant in each table.
    const TABLES = [
      ['tenant', 'id'],
      ['partner', 'tenant_id'],
      ['membership', 'tenant_id'],
      ['login_session', 'tenant_id'],
      // Every tenant is created with its default scoring model.
      ['scoring_model', 'tenant_id'],
    ] as const;

    const countOf = async (client: Client, table: string, column: string, tenantId: string) =>
      (await client.query<{ n: number }>(`select count(*)::int as n from ${table} where ${column} = $1`, [tenantId])).rows[0]!.n;

    it.each(TABLES)("%s: with app.tenant_id = A it shows A's rows and none of B's", async (table, column) => {
      const [ofA, ofB] = await asAppRole({ tenantId: a.tenant.id }, async (client) => [
        await countOf(client, table, column, a.tenant.id),
        await countOf(client, table, column, b.tenant.id),
      ]);
      expect(ofA).toBeGreaterThan(0);
      expect(ofB).toBe(0);
    });

    it.each(TABLES)('%s: without app.tenant_id it shows no row at all', async (table) => {
      const all = await asAppRole({}, async (client) => (await client.query(`select * from ${table}`)).rowCount);
      expect(all).toBe(0);
    });

    it.each(TABLES)("%s: with app.tenant_id = A, B's rows cannot be changed or deleted", async (table, column) => {
      const [updated, deleted] = await asAppRole({ tenantId: a.tenant.id }, async (client) => [
        (await client.query(`update ${table} set created_at = created_at where ${column} = $1`, [b.tenant.id])).rowCount,
        (await client.query(`delete from ${table} where ${column} = $1`, [b.tenant.id])).rowCount,
      ]);
      expect([updated, deleted]).toEqual([0, 0]);
    });

    // One INSERT per table that puts a row into tenant B; each must be refused while the transaction is A's.
    const INSERTS_INTO_B: [string, () => [string, unknown[]]][] = [
      ['tenant', () => [`insert into tenant (id, name, created_at) values ($1, 'Intruder', now())`, [b.tenant.id]]],
      [
        'partner',
        () => [
          `insert into partner (id, tenant_id, created_at, name, territories, competencies, updated_at)
           values ($1, $2, now(), 'Intruder', '[]', '{}', now())`,
          [randomUUID(), b.tenant.id],
        ],
      ],
      [
        'membership',
        () => [
          `insert into membership (id, tenant_id, created_at, user_id, role) values ($1, $2, now(), $3, 'VENDOR_ADMIN')`,
          [randomUUID(), b.tenant.id, a.member.user.id],
        ],
      ],
      [
        'login_session',
        () => [
          `insert into login_session (id, tenant_id, created_at, membership_id, refresh_token_id, expires_at)
           values ($1, $2, now(), $3, $4, now() + interval '1 day')`,
          [randomUUID(), b.tenant.id, b.member.membership.id, randomUUID()],
        ],
      ],
    ];

    it.each(INSERTS_INTO_B)('%s: an INSERT of a row of B while app.tenant_id = A is refused', async (_table, statement) => {
      const [sql, values] = statement();
      await expect(asAppRole({ tenantId: a.tenant.id }, (client) => client.query(sql, values))).rejects.toThrow(
        /row-level security policy/,
      );
    });

    it('partner: a row of A cannot be moved into B while app.tenant_id = A (WITH CHECK on UPDATE)', async () => {
      await expect(
        asAppRole({ tenantId: a.tenant.id }, (client) =>
          client.query(`update partner set tenant_id = $1 where id = $2`, [b.tenant.id, a.partner.id]),
        ),
      ).rejects.toThrow(/row-level security policy/);
    });

    it("the login path (app.user_id only) shows the user's own memberships, partners and tenants, nothing else", async () => {
      // The same person holds a membership in A and in B.
      const both = await aMember(b.tenant, Role.PARTNER_SALES, { partner: b.partner, user: a.member.user });
      const seen = await asAppRole({ userId: a.member.user.id }, async (client) => ({
        memberships: (await client.query<{ id: string }>('select id from membership order by id')).rows.map((r) => r.id),
        partners: (await client.query<{ id: string }>('select id from partner order by id')).rows.map((r) => r.id),
        tenants: (await client.query<{ id: string }>('select id from tenant order by id')).rows.map((r) => r.id),
        sessions: (await client.query('select id from login_session')).rowCount,
      }));
      expect(seen).toEqual({
        memberships: [a.member.membership.id, both.membership.id].sort(),
        partners: [a.partner.id, b.partner.id].sort(),
        tenants: [a.tenant.id, b.tenant.id].sort(),
        sessions: 0,
      });
    });
  });
});
