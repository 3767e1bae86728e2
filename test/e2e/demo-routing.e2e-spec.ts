import { DEMO_IDS, loadDemoRouting } from '@leadrelay/demo';
import { LeadEventType } from '@leadrelay/leads';
import { demoLogin, withDemoData } from '../support/demo';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const INBOX = graphql(`
  query DemoRoutingInbox {
    offers(filter: { status: [PENDING] }) {
      nodes {
        status
      }
    }
  }
`);

/** The demo's AUTOMATIC tenant (issue 11): `npm start` shows Acme's leads routed by themselves. */
describe('the demo: leads routed by themselves', () => {
  let api: TestApi;

  beforeAll(async () => {
    await withDemoData();
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('puts Acme in AUTOMATIC mode and offers its demo leads to Lakeside at intake, as the system', async () => {
    await loadDemoRouting(async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
      const result = await api.graphql<T>(query, variables, token);
      if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    });
    const em = await ownerEm();
    const [policy] = await em.execute<{ mode: string }[]>(`select mode from routing_policy where tenant_id = ?`, [DEMO_IDS.acme]);
    expect(policy!.mode).toBe('AUTOMATIC');
    const routed = await em.execute<{ rule: string; actor: string; partner: string; status: string }[]>(
      `select e.data->>'rule' as rule, e.actor_name as actor, o.partner_id as partner, o.status as status
         from lead_event e join offer o on o.lead_id = e.lead_id
        where e.tenant_id = ? and e.type = ? order by e.occurred_at`,
      [DEMO_IDS.acme, LeadEventType.LEAD_ROUTED],
    );
    expect(routed).toEqual([
      { rule: 'nearest-partner', actor: 'LeadRelay', partner: DEMO_IDS.lakeside, status: 'PENDING' },
      { rule: 'nearest-partner', actor: 'LeadRelay', partner: DEMO_IDS.lakeside, status: 'PENDING' },
    ]);
    // Lakeside's demo login finds them in its inbox.
    const lakeside = await demoLogin(api, 'admin@lakeside.example', DEMO_IDS.acme);
    const inbox = await api.graphql(INBOX, {}, lakeside);
    expect(inbox.data!.offers.nodes).toHaveLength(2);
  });
});
