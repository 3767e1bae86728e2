import { addBusinessHours, calendarOf, Offer, OfferStatus, Round, RoundStatus } from '@leadrelay/distribution';
import { LeadStage } from '@leadrelay/leads';
import { PartnerStatus, PartnerTier } from '@leadrelay/partners';
import { aPartner, aTenant } from '../factories/identity.factories';
import {
  ACCEPT,
  DECLINE,
  DISTRIBUTE,
  aLead,
  aQualifiedLead,
  accept,
  distribute,
  offersOf,
  pendingOfferOf,
  storedEventTypes,
  storedLead,
} from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { DistributeLeadInput, DistributionMode } from '../support/graphql/generated/graphql';

const RETURN = graphql(`
  mutation LeadDistributionReturn($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      id
      stage
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      acceptanceHours
      acceptanceHoursByTier {
        gold
        silver
        bronze
      }
    }
  }
`);

async function roundsOf(leadId: string): Promise<Round[]> {
  return (await ownerEm()).find(Round, { lead: leadId }, { filters: false, orderBy: { createdAt: 'asc' } });
}

/** Nothing of a refused distribution was written: same stage and version, no round, no offer. */
async function expectUntouched(leadId: string, before: { stage: LeadStage; version: number; rounds: number }): Promise<void> {
  const lead = await storedLead(leadId);
  expect({ stage: lead.stage, version: lead.version }).toEqual({ stage: before.stage, version: before.version });
  expect(await roundsOf(leadId)).toHaveLength(before.rounds);
}

describe('distributing a lead to partners', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let gold: PartnerTeam;
  let silver: PartnerTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    [gold, silver] = await Promise.all([
      aPartnerTeam(api, vendor.tenant, { tier: PartnerTier.GOLD }),
      aPartnerTeam(api, vendor.tenant, { tier: PartnerTier.SILVER }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const distributeAs = (
    leadId: string,
    partnerIds: string[],
    mode: DistributionMode = 'SHARED',
    extra: Partial<DistributeLeadInput> = {},
  ) => api.graphql(DISTRIBUTE, { input: { leadId, partnerIds, mode, ...extra } }, vendor.channel.token);

  it('offers an EXCLUSIVE round to exactly one partner', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    const refused = await distributeAs(lead.id, [gold.partner.id, silver.partner.id], 'EXCLUSIVE');
    expect(extensionsOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerIds' });
    await expectUntouched(lead.id, { stage: LeadStage.QUALIFIED, version: lead.version, rounds: 0 });
  });

  it('offers no lead whose consent is missing', async () => {
    const lead = await aQualifiedLead(vendor.tenant, { consent: false });
    expect(codeOf(await distributeAs(lead.id, [gold.partner.id]))).toBe('CONSENT_MISSING');
    await expectUntouched(lead.id, { stage: LeadStage.QUALIFIED, version: lead.version, rounds: 0 });
  });

  it('leaves out a partner that declined the lead before, unless includeExcluded', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [gold.partner.id], 'EXCLUSIVE');
    const offer = await pendingOfferOf(api, gold.admin.token, lead.id);
    await gql(api, DECLINE, { input: { offerId: offer.id, reasonCode: 'NO_CAPACITY' } }, gold.admin.token);
    const unplaced = await storedLead(lead.id);
    expect(unplaced.stage).toBe(LeadStage.UNPLACED);

    const refused = await distributeAs(lead.id, [silver.partner.id, gold.partner.id]);
    expect(extensionsOf(refused)).toMatchObject({ code: 'PARTNER_EXCLUDED', partnerIds: [gold.partner.id] });
    await expectUntouched(lead.id, { stage: LeadStage.UNPLACED, version: unplaced.version, rounds: 1 });

    expect(codeOf(await distributeAs(lead.id, [silver.partner.id, gold.partner.id], 'SHARED', { includeExcluded: true }))).toBe(
      undefined,
    );
    expect((await offersOf(api, gold.admin.token, lead.id)).map((o) => o.status).sort()).toEqual(['DECLINED', 'PENDING']);
  });

  it('leaves out a partner that returned the lead before, unless includeExcluded', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [silver.partner.id], 'EXCLUSIVE');
    await accept(api, silver.admin.token, (await pendingOfferOf(api, silver.admin.token, lead.id)).id);
    await gql(api, RETURN, { input: { leadId: lead.id, reasonCode: 'PROJECT_DOES_NOT_FIT' } }, silver.admin.token);
    const returned = await storedLead(lead.id);
    expect(returned.stage).toBe(LeadStage.RETURNED);

    const refused = await distributeAs(lead.id, [silver.partner.id], 'EXCLUSIVE');
    expect(extensionsOf(refused)).toMatchObject({ code: 'PARTNER_EXCLUDED', partnerIds: [silver.partner.id] });
    await expectUntouched(lead.id, { stage: LeadStage.RETURNED, version: returned.version, rounds: 1 });

    const again = await distributeAs(lead.id, [silver.partner.id], 'EXCLUSIVE', { includeExcluded: true });
    expect(codeOf(again)).toBeUndefined();
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.OFFERED);
  });

  it('offers nothing to a paused partner', async () => {
    const paused = await aPartner(vendor.tenant, { status: PartnerStatus.PAUSED });
    const lead = await aQualifiedLead(vendor.tenant);
    const refused = await distributeAs(lead.id, [gold.partner.id, paused.id]);
    expect(extensionsOf(refused)).toMatchObject({ code: 'PARTNER_NOT_ACTIVE', partnerIds: [paused.id] });
    await expectUntouched(lead.id, { stage: LeadStage.QUALIFIED, version: lead.version, rounds: 0 });
  });

  it("answers another tenant's partner as not found", async () => {
    const foreign = await aPartner(await aTenant());
    const lead = await aQualifiedLead(vendor.tenant);
    const refused = await distributeAs(lead.id, [gold.partner.id, foreign.id]);
    expect(extensionsOf(refused)).toMatchObject({ code: 'NOT_FOUND', id: foreign.id });
    await expectUntouched(lead.id, { stage: LeadStage.QUALIFIED, version: lead.version, rounds: 0 });
  });

  it('opens no second round while one is open', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [gold.partner.id], 'EXCLUSIVE');
    const offered = await storedLead(lead.id);
    expect(codeOf(await distributeAs(lead.id, [silver.partner.id], 'EXCLUSIVE'))).toBe('CONFLICT');
    await expectUntouched(lead.id, { stage: LeadStage.OFFERED, version: offered.version, rounds: 1 });
  });

  it('distributes only a qualified, returned or unplaced lead', async () => {
    const lead = await aLead(vendor.tenant, { stage: LeadStage.NEW });
    expect(codeOf(await distributeAs(lead.id, [gold.partner.id], 'EXCLUSIVE'))).toBe('INVALID_STAGE');
    await expectUntouched(lead.id, { stage: LeadStage.NEW, version: lead.version, rounds: 0 });
  });

  it("sets each offer's deadline to the tenant's acceptance period for the partner's tier, in business hours", async () => {
    const calendar = calendarOf(vendor.tenant);
    const deadlinesOf = async (leadId: string) => {
      const offers = await offersOf(api, vendor.channel.token, leadId);
      const of = (partnerId: string) => offers.find((o) => o.partner.id === partnerId)!;
      return { gold: of(gold.partner.id), silver: of(silver.partner.id) };
    };
    const expected = (offeredAt: string, hours: number) => addBusinessHours(new Date(offeredAt), hours, calendar).toISOString();

    const first = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, first.id, [gold.partner.id, silver.partner.id], 'SHARED');
    const byDefault = await deadlinesOf(first.id);
    expect(byDefault.gold.expiresAt).toBe(expected(byDefault.gold.offeredAt, 8));
    expect(byDefault.silver.expiresAt).toBe(expected(byDefault.silver.offeredAt, 16));
    expect(byDefault.gold.expiresAt).not.toBe(byDefault.silver.expiresAt);

    const updated = await gql(
      api,
      UPDATE_SETTINGS,
      { input: { acceptanceHours: 4, acceptanceHoursByTier: { gold: 2 } } },
      vendor.admin.token,
    );
    expect(updated).toEqual({
      updateTenantSettings: { acceptanceHours: 4, acceptanceHoursByTier: { gold: 2, silver: null, bronze: null } },
    });
    const second = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, second.id, [gold.partner.id, silver.partner.id], 'SHARED');
    const changed = await deadlinesOf(second.id);
    expect(changed.gold.expiresAt).toBe(expected(changed.gold.offeredAt, 2));
    expect(changed.silver.expiresAt).toBe(expected(changed.silver.offeredAt, 4));

    // The deadlines of the earlier round stay as they were.
    expect(await deadlinesOf(first.id)).toEqual(byDefault);
  });

  it('refuses an accept after the deadline with OFFER_EXPIRED and writes nothing', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    const deadline = new Date(Date.now() + 1500);
    await distribute(api, vendor.channel.token, lead.id, [gold.partner.id], 'EXCLUSIVE', { expiresAt: deadline });
    const offer = await pendingOfferOf(api, gold.sales.token, lead.id);
    expect(offer.expiresAt).toBe(deadline.toISOString());
    const offered = await storedLead(lead.id);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now()) + 100));

    const late = await api.graphql(ACCEPT, { id: offer.id }, gold.sales.token);
    expect(extensionsOf(late)).toMatchObject({ code: 'OFFER_EXPIRED', expiresAt: deadline.toISOString() });
    const after = await storedLead(lead.id);
    expect({ stage: after.stage, version: after.version, holder: after.holdingPartnerId }).toEqual({
      stage: LeadStage.OFFERED,
      version: offered.version,
      holder: null,
    });
    const stored = await (await ownerEm()).findOneOrFail(Offer, { id: offer.id }, { filters: false });
    expect(stored.status).toBe(OfferStatus.PENDING);
    expect(await storedEventTypes(lead.id)).not.toContain('offer.accepted');
  });

  it('makes the lead UNPLACED when the last pending offer of a round is declined', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [gold.partner.id, silver.partner.id], 'SHARED');
    const goldOffer = await pendingOfferOf(api, gold.admin.token, lead.id);
    const silverOffer = await pendingOfferOf(api, silver.admin.token, lead.id);

    await gql(api, DECLINE, { input: { offerId: goldOffer.id, reasonCode: 'OUT_OF_TERRITORY' } }, gold.admin.token);
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.OFFERED);
    expect((await storedEventTypes(lead.id)).filter((type) => type === 'lead.unplaced')).toHaveLength(0);

    await gql(api, DECLINE, { input: { offerId: silverOffer.id, reasonCode: 'NO_CAPACITY' } }, silver.admin.token);
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.UNPLACED);
    expect((await storedEventTypes(lead.id)).slice(-3)).toEqual(['offer.declined', 'offer.declined', 'lead.unplaced']);
    expect((await roundsOf(lead.id)).map((round) => round.status)).toEqual([RoundStatus.UNPLACED]);
  });
});
