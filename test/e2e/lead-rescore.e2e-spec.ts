import { LeadRescoreService, LeadStage } from '@leadrelay/leads';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import { MovableClock } from '../support/movable-clock';

const CREATE_LEAD = graphql(`
  mutation LeadRescoreCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
    }
  }
`);
const RECORD = graphql(`
  mutation LeadRescoreRecord($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      id
      scoring {
        engagement
        cell
      }
    }
  }
`);

/**
 * The periodic re-score (issue 11): engagement fades with its half-life, so the score changes with
 * time alone; the worker's `lead-rescore` job re-scores and writes a line only when it changed.
 */
describe('periodic re-score', () => {
  const clock = new MovableClock();
  let api: TestApi;
  let vendor: VendorTeam;

  beforeAll(async () => {
    api = await createTestApi({}, [], { clock });
    vendor = await aVendorTeam(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const scoredLines = async (leadId: string) => {
    const em = await ownerEm();
    return em.execute<{ cause: string; engagement: number; cell: string }[]>(
      `select data->>'cause' as cause, (data->>'engagement')::int as engagement, data->>'cell' as cell
         from lead_event where lead_id = ? and type = 'lead.scored' order by position`,
      [leadId],
    );
  };

  it('lowers the engagement of a lead as its engagements fade, one history line per change', async () => {
    const created = (
      await gql(
        api,
        CREATE_LEAD,
        {
          input: {
            source: 'WEB_FORM',
            company: {
              name: 'Verblassend GmbH',
              industry: 'Logistik',
              employeeBand: 'MEDIUM',
              country: 'DE',
              postalCode: '20095',
            },
            contact: { lastName: 'Kundin', email: 'einkauf@verblassend.example', position: 'Sachbearbeitung' },
            interest: { requestType: 'DEMO' },
            consent: { given: true },
          },
        },
        vendor.marketing.token,
      )
    ).createLead;
    expect(created.stage).toBe(LeadStage.NEW);
    const engaged = (await gql(api, RECORD, { input: { leadId: created.id, kind: 'WEBINAR' } }, vendor.marketing.token))
      .recordEngagement;
    const rescore = api.app.get(LeadRescoreService, { strict: false });
    const em = await ownerEm();
    const jobs = async () =>
      (
        await em.execute<{ count: number }[]>(
          `select count(*)::int as count from pgboss.job where name = 'lead-rescore' and data->>'tenantId' = ? and state = 'created'`,
          [vendor.tenant.id],
        )
      )[0]!.count;
    // Recording the engagement queued the tenant's re-score.
    expect(await jobs()).toBe(1);

    // At once nothing has faded: no line.
    expect(await rescore.run(vendor.tenant.id)).toBe(0);
    expect((await scoredLines(created.id)).map((l) => l.cause)).toEqual(['created', 'engagement']);

    // Ninety days on (three half-lives of a webinar), the engagement has faded.
    clock.at += 90 * 86_400_000;
    expect(await rescore.run(vendor.tenant.id)).toBe(1);
    const lines = await scoredLines(created.id);
    expect(lines.map((l) => l.cause)).toEqual(['created', 'engagement', 'decay']);
    expect(lines[2]!.engagement).toBeLessThan(engaged.scoring!.engagement!);
    // Run again at the same time: the score is what it was, nothing is written.
    expect(await rescore.run(vendor.tenant.id)).toBe(0);
    expect(await scoredLines(created.id)).toHaveLength(3);
    // One queued run per tenant at a time.
    expect(await jobs()).toBe(1);
  });
});
