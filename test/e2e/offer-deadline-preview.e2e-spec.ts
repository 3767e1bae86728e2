import { Clock } from '@leadrelay/core';
import { aQualifiedLead, distribute, offersOf } from '../factories/lead.factories';
import { aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

/** Tuesday 1 December 2026, 16:00 in Berlin: two business hours left of a 08:00-18:00 day. */
const NOW = new Date('2026-12-01T15:00:00Z');
/** Real time for logins (their tokens are checked against real time); NOW while a test asks for deadlines. */
let frozen: Date | null = null;
const clock: Clock = { now: () => frozen ?? new Date() };
const at = async <T>(moment: Date, call: () => Promise<T>): Promise<T> => {
  frozen = moment;
  try {
    return await call();
  } finally {
    frozen = null;
  }
};

const PREVIEW = graphql(`
  query OfferDeadlinePreview {
    offerDeadlinePreview {
      tier
      businessHours
      expiresAt
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation OfferDeadlinePreviewUpdateSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      timeZone
    }
  }
`);

/** The distribute dialog's preview: per tier, the deadline distributeLead sets for an offer made now. */
describe('the offer deadline preview', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({}, [], { clock });
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('counts each tier in business hours and is the deadline a round opened at that moment gets', async () => {
    const vendor = await aVendorTeam(api, { timeZone: 'Europe/Berlin' });
    const settings = await api.graphql(
      UPDATE_SETTINGS,
      {
        input: {
          acceptanceHours: 6,
          acceptanceHoursByTier: { gold: 4 },
          workingDays: [1, 2, 3, 4, 5],
          dayStart: '08:00',
          dayEnd: '18:00',
          holidays: [],
        },
      },
      vendor.admin.token,
    );
    expect(settings.errors).toBeUndefined();

    const preview = await at(NOW, () => api.graphql(PREVIEW, {}, vendor.channel.token));
    expect(preview.errors).toBeUndefined();
    // 16:00 + 4 h: two hours today, two tomorrow from 08:00; + 6 h: until 12:00 tomorrow (Berlin, UTC+1).
    expect(preview.data!.offerDeadlinePreview).toEqual([
      { tier: 'GOLD', businessHours: 4, expiresAt: '2026-12-02T09:00:00.000Z' },
      { tier: 'SILVER', businessHours: 6, expiresAt: '2026-12-02T11:00:00.000Z' },
      { tier: 'BRONZE', businessHours: 6, expiresAt: '2026-12-02T11:00:00.000Z' },
    ]);

    const partner = await aPartnerTeam(api, vendor.tenant);
    const lead = await aQualifiedLead(vendor.tenant);
    await at(NOW, () => distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE'));
    const [offer] = await offersOf(api, vendor.channel.token, lead.id);
    const tier = partner.partner.tier as string;
    expect(offer!.expiresAt).toBe(preview.data!.offerDeadlinePreview.find((row) => row.tier === tier)!.expiresAt);
  });

  it('is not shown to partner users', async () => {
    const vendor = await aVendorTeam(api);
    const partner = await aPartnerTeam(api, vendor.tenant);
    const answer = await api.graphql(PREVIEW, {}, partner.admin.token);
    expect(answer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
