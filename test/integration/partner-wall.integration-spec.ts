import { Client } from 'pg';
import { APP_ROLE, PARTNER_ROLE } from '@leadrelay/core';
import { asAppRole } from '../support/app-role';
import { testDatabase } from '../support/test-database';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { aQualifiedLead, accept, anAcceptedLead, distribute, pendingOfferOf } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';

/**
 * The database's wall between the partners of one tenant: raw SQL as the application role with a
 * partner user's settings (`app.tenant_id`, `app.partner_id` and the partner role), without the
 * ORM's filters and without the services' scoping, finds no row of another partner in any table
 * that has one.
 */
describe('partner wall (row-level security for partner sessions)', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let hansa: PartnerTeam;
  let isar: PartnerTeam;
  let onlyIsar: string;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    [hansa, isar] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    // Held by Hansa; held by Isar; shared with both and taken by Isar; offered to Isar alone.
    await anAcceptedLead(api, vendor.tenant, vendor.channel.token, hansa.partner, hansa.admin);
    await anAcceptedLead(api, vendor.tenant, vendor.channel.token, isar.partner, isar.admin);
    const shared = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, shared.id, [hansa.partner.id, isar.partner.id]);
    await accept(api, isar.sales.token, (await pendingOfferOf(api, isar.sales.token, shared.id)).id);
    const isars = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, isars.id, [isar.partner.id], 'EXCLUSIVE');
    onlyIsar = isars.id;
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** Per table: the SQL that counts the rows the session sees that belong to another partner than `$1`. */
  const FOREIGN_ROWS: [table: string, sql: string][] = [
    ['offer', `select count(*)::int as n from offer where partner_id <> $1`],
    [
      'round',
      `select count(*)::int as n from round r
        where not exists (select 1 from offer o where o.round_id = r.id and o.partner_id = $1)`,
    ],
    [
      'lead',
      `select count(*)::int as n from lead l
        where l.holding_partner_id is distinct from $1
          and not exists (select 1 from offer o where o.lead_id = l.id and o.partner_id = $1)`,
    ],
    ['lead_event', `select count(*)::int as n from lead_event where partner_id is distinct from $1`],
    ['partner', `select count(*)::int as n from partner where id <> $1`],
    ['membership', `select count(*)::int as n from membership where partner_id is distinct from $1`],
  ];

  const count = (sql: string, settings: { tenantId: string; partnerId?: string }, partnerId: string) =>
    asAppRole(settings, async (client) => (await client.query<{ n: number }>(sql, [partnerId])).rows[0]!.n);

  it.each(FOREIGN_ROWS)("%s: a partner session sees its own rows and none of another partner's", async (table, sql) => {
    for (const me of [hansa, isar]) {
      const session = { tenantId: vendor.tenant.id, partnerId: me.partner.id };
      expect(await count(sql, session, me.partner.id)).toBe(0);
      // The other partner's rows are there: a vendor session of the same tenant sees them.
      expect(await count(sql, { tenantId: vendor.tenant.id }, me.partner.id)).toBeGreaterThan(0);
      // ... and the wall leaves the partner its own.
      expect(
        await count(`select count(*)::int as n from ${table} where $1::uuid is not null`, session, me.partner.id),
      ).toBeGreaterThan(0);
    }
  });

  it("shows a partner the leads it holds and the teaser rows of its offers, and another partner's offered lead to nobody else", async () => {
    const leadsOf = (partnerId: string) =>
      asAppRole({ tenantId: vendor.tenant.id, partnerId }, async (client) =>
        (await client.query<{ id: string }>('select id from lead')).rows.map((row) => row.id),
      );
    expect(await leadsOf(isar.partner.id)).toContain(onlyIsar);
    expect(await leadsOf(hansa.partner.id)).not.toContain(onlyIsar);
    expect((await leadsOf(hansa.partner.id)).length).toBe(2); // its own, and the shared one it was offered
  });

  it("shows a partner session none of the vendor's scoring models and engagements", async () => {
    const count = (table: string, partnerId?: string) =>
      asAppRole({ tenantId: vendor.tenant.id, ...(partnerId ? { partnerId } : {}) }, async (client) =>
        Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n),
      );
    expect(await count('scoring_model')).toBeGreaterThan(0);
    expect(await count('scoring_model', hansa.partner.id)).toBe(0);
    expect(await count('engagement_event', hansa.partner.id)).toBe(0);
  });

  it('shows the partner role nothing of a walled table when the partner is missing (it fails closed)', async () => {
    const walled = ['offer', 'round', 'lead', 'lead_event', 'partner', 'membership', 'partner_absence', 'scoring_model'];
    const counts = await asAppRole({ tenantId: vendor.tenant.id, partnerRole: true }, async (client) =>
      Promise.all(walled.map(async (table) => Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n))),
    );
    expect(Object.fromEntries(walled.map((table, i) => [table, counts[i]]))).toEqual(
      Object.fromEntries(walled.map((table) => [table, 0])),
    );
  });

  it('gives the partner role the rights of the application role on every table and function, and no more', async () => {
    const { ownerUrl } = await testDatabase();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const rights = async (role: string) =>
        (
          await owner.query<{ right: string }>(
            `select table_schema || '.' || table_name || ' ' || privilege_type as right
               from information_schema.role_table_grants where grantee = $1
             union all
             select routine_schema || '.' || routine_name || ' ' || privilege_type
               from information_schema.role_routine_grants where grantee = $1
             order by 1`,
            [role],
          )
        ).rows.map((row) => row.right);
      const appRights = await rights(APP_ROLE);
      expect(appRights.length).toBeGreaterThan(0);
      expect(await rights(PARTNER_ROLE)).toEqual(appRights);
    } finally {
      await owner.end();
    }
  });

  it("refuses a partner session any change to another partner's offer", async () => {
    const changed = await asAppRole({ tenantId: vendor.tenant.id, partnerId: hansa.partner.id }, async (client) => {
      const result = await client.query(`update offer set status = 'DECLINED' where partner_id = $1`, [isar.partner.id]);
      return result.rowCount;
    });
    expect(changed).toBe(0);
  });
});
