import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, TenantContext } from '@leadrelay/core';
import { LeadEventSink, LeadScorer, LeadSource, RequestType } from '@leadrelay/leads';
import { PartnerTier } from '@leadrelay/partners';
import { LeadHistory } from '../../libs/leads/src/events/lead-history';
import { takeIn, takeInMany } from '../../libs/leads/src/lead.service';
import type { CreateLeadInput } from '../../libs/leads/src/lead.inputs';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { aMember, aPartner } from '../factories/identity.factories';
import { gql } from '../support/graphql-results';
import { MovableClock } from '../support/movable-clock';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const UPDATE_POLICY = graphql(`
  mutation BulkSameAsOneUpdatePolicy($input: UpdateRoutingPolicyInput!) {
    updateRoutingPolicy(input: $input) {
      mode
    }
  }
`);

const INTAKE = 'Intake: same as one';

/** A lead of the comparison: `kind` decides what scoring and routing make of it. */
function aLead(
  i: number,
  kind: 'A-Hamburg' | 'B-Hamburg' | 'B-Munich' | 'key-account' | 'no-consent' | 'nurture' | 'waits' | 'A-Vienna',
) {
  const postalCode = { 'B-Munich': '80331', 'A-Vienna': '1010' }[kind as string] ?? '20095';
  return {
    source: LeadSource.TRADE_FAIR,
    sourceDetail: `Messe ${i}`,
    company: {
      name: `Same ${i} GmbH`,
      industry: 'Logistik',
      employeeBand: kind === 'waits' ? 'MICRO' : 'MEDIUM',
      annualRevenue: kind === 'key-account' ? 80_000_000 : kind === 'waits' ? null : 12_000_000,
      country: kind === 'A-Vienna' ? 'AT' : 'DE',
      postalCode,
      city: 'Stadt',
      // Grade B: no website, no phone (fit 67).
      website: kind.startsWith('B-') ? null : `same-${i}.example`,
    },
    contact: {
      firstName: 'Kim',
      lastName: `Kunde${i}`,
      email: `einkauf@same-${i}.example`,
      phone: kind.startsWith('B-') ? null : '+49 40 123456',
      position: 'Geschäftsführerin',
      decisionMaker: kind !== 'waits',
    },
    interest: {
      requestType: kind === 'nurture' ? RequestType.INQUIRY : RequestType.DEMO,
      productLine: 'Wärmepumpen',
      description: `Anfrage ${i}`,
    },
    consent: { given: kind !== 'no-consent', wording: 'Ja, an Partner weitergeben' },
  } as CreateLeadInput;
}

/**
 * The leads of the comparison, in order. Fair shares must never tie among the candidates of a lead
 * (a tie is broken by a hash of the lead's id, which differs between the two tenants): grade B in
 * Hamburg goes to GOLD only (the tiers by grade), so the grade A leads there, offered SHARED to
 * both Hamburg partners, find GOLD at (2 + n) / 3 and SILVER at n / 2 offers a unit of weight.
 */
const LEADS = [
  aLead(1, 'B-Hamburg'),
  aLead(2, 'B-Hamburg'),
  aLead(3, 'A-Hamburg'),
  aLead(4, 'B-Munich'),
  aLead(5, 'key-account'),
  aLead(6, 'no-consent'),
  aLead(7, 'nurture'),
  aLead(8, 'waits'),
  aLead(9, 'A-Vienna'),
  aLead(10, 'A-Hamburg'),
  aLead(11, 'B-Munich'),
  aLead(12, 'key-account'),
  aLead(13, 'A-Hamburg'),
];

interface Tenant {
  vendor: VendorTeam;
}

/**
 * The bulk path (`takeInMany`, many leads in one transaction) makes exactly what taking the same
 * leads one by one (`takeIn`, each in its own transaction, as a post to /intake/leads alone) makes:
 * the leads' rows, their history lines, rounds, offers, notifications and jobs, in two tenants set
 * up alike, at one instant.
 */
describe('bulk intake makes what intake one by one makes', () => {
  const clock = new MovableClock();
  let api: TestApi;
  let oneByOne: Tenant;
  let bulk: Tenant;

  async function aTenantAlike(): Promise<Tenant> {
    const vendor = await aVendorTeam(api);
    const partner = (name: string, tier: PartnerTier, prefixes: string[]) =>
      aPartner(vendor.tenant, {
        name,
        tier,
        territories: [{ country: 'DE', postalCodePrefixes: prefixes }],
        competencies: ['Wärmepumpen'],
        capacity: 100,
      });
    const gold = await partner('Hamburg Gold', PartnerTier.GOLD, ['20']);
    const silver = await partner('Hamburg Silber', PartnerTier.SILVER, ['20']);
    const munich = await partner('München Bronze', PartnerTier.BRONZE, ['80']);
    await aMember(vendor.tenant, Role.PARTNER_ADMIN, { partner: gold });
    for (const p of [gold, silver, munich]) await aMember(vendor.tenant, Role.PARTNER_SALES, { partner: p });
    await gql(
      api,
      UPDATE_POLICY,
      {
        input: {
          mode: 'AUTOMATIC',
          rules: [
            {
              key: 'key-accounts',
              conditions: [{ field: 'ANNUAL_REVENUE', operator: 'BETWEEN', min: 50_000_000 }],
              action: 'DIRECT',
              required: true,
            },
            {
              key: 'grade-a',
              conditions: [{ field: 'GRADE', operator: 'IN', values: ['A'] }],
              action: 'SHARED',
              count: 2,
              required: false,
            },
            { key: 'partners', conditions: [], action: 'EXCLUSIVE', required: true },
          ],
          tiersByGrade: [{ grade: 'B', tiers: [PartnerTier.GOLD, PartnerTier.BRONZE] }],
        },
      },
      vendor.admin.token,
    );
    return { vendor };
  }

  beforeAll(async () => {
    api = await createTestApi({}, [], { clock });
    oneByOne = await aTenantAlike();
    bulk = await aTenantAlike();
    // One instant for both: a Tuesday at 10:00 in Berlin, after the partners joined.
    clock.at = Date.parse('2026-12-08T09:00:00Z');
    if (clock.at < Date.now()) clock.at = Date.now() + 60_000;
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const services = () => ({
    tenants: api.app.get(TenantContext, { strict: false }),
    scorer: api.app.get(LeadScorer, { strict: false }),
    events: api.app.get(LeadEventSink, { strict: false }),
  });

  it('the same lead rows, history lines, rounds, offers, notifications and jobs', async () => {
    const { tenants, scorer, events } = services();
    const oneId = oneByOne.vendor.tenant.id;
    for (const input of LEADS) {
      // As IntakeService takes a post that comes alone.
      await tenants.run(oneId, async (em) => {
        const history = new LeadHistory(em, clock);
        const by = await history.system(oneId, INTAKE);
        await takeIn(em, clock, oneId, input, { by, history, scorer });
        await events.publish(em, oneId, history.recorded);
      });
    }
    const bulkId = bulk.vendor.tenant.id;
    await tenants.run(bulkId, (em) => takeInMany(em, clock, bulkId, LEADS, { name: INTAKE, scorer, events }));

    const [one, many] = [await snapshot(oneByOne), await snapshot(bulk)];
    // The comparison means something: every kind of outcome is in it.
    expect(one.leads.map((l) => l.stage)).toEqual([
      'OFFERED',
      'OFFERED',
      'OFFERED',
      'OFFERED',
      'DIRECT',
      'QUALIFIED',
      'NURTURING',
      'NEW',
      'QUALIFIED',
      'OFFERED',
      'OFFERED',
      'DIRECT',
      'OFFERED',
    ]);
    expect(one.offers).toHaveLength(10);
    expect(one.notifications.length).toBeGreaterThan(10);
    expect(one.jobs.length).toBeGreaterThan(5);
    expect(many.leads).toEqual(one.leads);
    expect(many.history).toEqual(one.history);
    expect(many.rounds).toEqual(one.rounds);
    expect(many.offers).toEqual(one.offers);
    expect(many.notifications).toEqual(one.notifications);
    // A batch writes a job it would send twice once (the due-work jobs of offers sharing their seconds).
    expect(many.jobs).toEqual(one.jobs);
  });
});

type Row = Record<string, unknown>;

/**
 * What intake made in the tenant, with every id, name and instant that differs between two
 * tenants set up alike replaced by what it stands for (the lead's company, the partner's name, the
 * member's role), and the rows' own creation times left out (the entities', not the clock's).
 */
async function snapshot({ vendor }: Tenant) {
  const em: EntityManager = await ownerEm();
  const tenantId = vendor.tenant.id;
  const all = (sql: string) => em.execute<Row[]>(sql, [tenantId]);
  const leads = await all(`select * from lead where tenant_id = ? order by length(company_name), company_name`);
  const names = new Map<string, string>([
    [tenantId, '<tenant>'],
    [vendor.tenant.name, '<tenant name>'],
  ]);
  for (const lead of leads) names.set(lead.id as string, `lead ${lead.company_name as string}`);
  for (const p of await all(`select id, name from partner where tenant_id = ?`))
    names.set(p.id as string, `partner ${p.name as string}`);
  for (const m of await all(
    `select u.id, u.email, u.name, m.role, p.name as partner from membership m join user_account u on u.id = m.user_id
       left join partner p on p.id = m.partner_id where m.tenant_id = ?`,
  )) {
    const who = `${m.role as string}${m.partner ? ` of ${m.partner as string}` : ''}`;
    names.set(m.id as string, `user ${who}`);
    names.set(m.email as string, `email ${who}`);
    names.set(m.name as string, `name ${who}`);
  }
  const rounds = await all(
    `select r.* from round r join lead l on l.id = r.lead_id where r.tenant_id = ? order by length(l.company_name), l.company_name, r.created_at`,
  );
  rounds.forEach((r) => names.set(r.id as string, `round of ${names.get(r.lead_id as string)!}`));
  const offers = await all(
    `select o.* from offer o join lead l on l.id = o.lead_id join partner p on p.id = o.partner_id
      where o.tenant_id = ? order by length(l.company_name), l.company_name, p.name`,
  );
  offers.forEach((o) =>
    names.set(o.id as string, `offer of ${names.get(o.lead_id as string)!} to ${names.get(o.partner_id as string)!}`),
  );
  const history = await all(
    `select e.* from lead_event e join lead l on l.id = e.lead_id where e.tenant_id = ? order by length(l.company_name), l.company_name, e.position`,
  );
  history.forEach((e, i) => names.set(e.id as string, `line ${i} of ${names.get(e.lead_id as string)!}`));
  const notifications = await all(`select * from notification where tenant_id = ?`);
  notifications.forEach((n) =>
    names.set(n.id as string, `notification of ${names.get(n.lead_event_id as string)!} to ${names.get(n.user_id as string)!}`),
  );
  const jobs = await all(
    // A job sent without a start starts at its transaction's time (the database's clock): left out.
    `select distinct name, data, nullif(start_after, created_on) as start_after, singleton_key, priority
       from pgboss.job where data->>'tenantId' = ?`,
  );

  const named = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(named);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v)]));
    return value;
  };
  const without =
    (...columns: string[]) =>
    (row: Row) =>
      named(Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)))) as Row;
  const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    leads: leads.map(without('created_at', 'updated_at')),
    history: history.map(without('created_at', 'position')),
    rounds: rounds.map(without('created_at')),
    offers: offers.map(without('created_at')),
    notifications: sorted(notifications.map(without('created_at'))),
    jobs: sorted(jobs.map(without())),
  };
}
