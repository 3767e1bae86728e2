import type { ResultOf } from '@graphql-typed-document-node/core';
import { LeadEvent, LeadEventType, LeadStage } from '@leadrelay/leads';
import { Lead } from '@leadrelay/leads';
import { PartnerTier } from '@leadrelay/partners';
import { Locale } from '@leadrelay/core';
import { User } from '@leadrelay/identity';
import { Offer, OfferStatus, Round } from '@leadrelay/distribution';
import { type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { aPartner as anyPartner } from '../factories/identity.factories';
import { aLead, aQualifiedLead, distribute, pendingOfferOf } from '../factories/lead.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { Locale as LocaleArgument } from '../support/graphql/generated/graphql';

/** A partner serving the factory leads' product line unless told otherwise. */
const aPartner = (tenant: Parameters<typeof anyPartner>[0], overrides: Parameters<typeof anyPartner>[1] = {}) =>
  anyPartner(tenant, { competencies: ['Wärmepumpen'], ...overrides });

const CANDIDATES = graphql(`
  query CandidatePartnersList($leadId: ID!, $language: Locale) {
    candidatePartners(leadId: $leadId, language: $language) {
      leadId
      consentGiven
      widenedTo
      wideningLabel
      candidates {
        rank
        partner {
          id
          name
        }
        fits {
          reason
          detail
          label
        }
        ranking {
          share
          received
          deficit
          availableSince
          label
          weight {
            tierWeight
            performanceFactor
            weight
            windowDays
          }
        }
      }
      excluded {
        partner {
          id
          name
        }
        reason
        detail
        label
      }
    }
  }
`);
const UPDATE_POLICY = graphql(`
  mutation CandidatePartnersUpdatePolicy($input: UpdateRoutingPolicyInput!) {
    updateRoutingPolicy(input: $input) {
      tiersByGrade {
        grade
        tiers
      }
    }
  }
`);
const POLICY = graphql(`
  query CandidatePartnersPolicy {
    routingPolicy {
      tiersByGrade {
        grade
        tiers
      }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation CandidatePartnersScheduleAbsence($input: SchedulePartnerAbsenceInput!) {
    schedulePartnerAbsence(input: $input) {
      id
      partnerId
      startsAt
      endsAt
    }
  }
`);
const CANCEL = graphql(`
  mutation CandidatePartnersCancelAbsence($id: ID!) {
    cancelPartnerAbsence(id: $id) {
      id
    }
  }
`);
const DECLINE = graphql(`
  mutation CandidatePartnersDecline($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      id
    }
  }
`);
const WEIGHT = graphql(`
  query CandidatePartnersWeight($id: ID!) {
    partner(id: $id) {
      id
      routingWeight {
        tierWeight
        performanceFactor
        weight
      }
    }
  }
`);

type Listed = ResultOf<typeof CANDIDATES>['candidatePartners'];

describe('candidate partners', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const list = async (vendor: VendorTeam, leadId: string, language: LocaleArgument = 'EN') =>
    (await gql(api, CANDIDATES, { leadId, language }, vendor.channel.token)).candidatePartners;
  const ids = (listed: Listed) => listed.candidates.map((c) => c.partner.id);
  const why = (listed: Listed, partnerId: string) => listed.excluded.find((e) => e.partner.id === partnerId)?.reason;

  it('matches the territory by postal code, widening step by step to the country when nobody covers it, and says so', async () => {
    const vendor = await aVendorTeam(api);
    const hamburg = await aPartner(vendor.tenant, { territories: [{ country: 'DE', postalCodePrefixes: ['20'] }] });
    const kiel = await aPartner(vendor.tenant, { territories: [{ country: 'DE', postalCodePrefixes: ['24'] }] });
    const munich = await aPartner(vendor.tenant, { territories: [{ country: 'DE', postalCodePrefixes: ['80'] }] });
    const vienna = await aPartner(vendor.tenant, { territories: [{ country: 'AT', postalCodePrefixes: [] }] });

    const inHamburg = await list(vendor, (await aQualifiedLead(vendor.tenant, { company: { postalCode: '20095' } })).id);
    expect(ids(inHamburg)).toEqual([hamburg.id]);
    expect(inHamburg.widenedTo).toBeNull();
    expect(inHamburg.candidates[0]!.fits[0]).toMatchObject({ reason: 'TERRITORY', detail: 'DE-20095' });
    expect(why(inHamburg, kiel.id)).toBe('NEARER_CANDIDATES');
    expect(why(inHamburg, munich.id)).toBe('NEARER_CANDIDATES');
    // Another country's partner is not even listed.
    expect(inHamburg.excluded.some((e) => e.partner.id === vienna.id)).toBe(false);

    const inLuebeck = await list(vendor, (await aQualifiedLead(vendor.tenant, { company: { postalCode: '23552' } })).id);
    expect(ids(inLuebeck).sort()).toEqual([hamburg.id, kiel.id].sort());
    expect(inLuebeck.widenedTo).toBe('2');
    expect(inLuebeck.wideningLabel).toBe("Nobody covers the lead's postal code: widened to the postal area 2");
    expect(inLuebeck.candidates[0]!.fits[0]).toMatchObject({ reason: 'TERRITORY_WIDENED', detail: '2' });

    const inHanover = await list(vendor, (await aQualifiedLead(vendor.tenant, { company: { postalCode: '30159' } })).id, 'DE');
    expect(ids(inHanover).sort()).toEqual([hamburg.id, kiel.id, munich.id].sort());
    expect(inHanover.widenedTo).toBe('');
    expect(inHanover.wideningLabel).toBe('Niemand deckt den Postleitbereich des Leads ab: erweitert auf das ganze Land DE');
  });

  it("answers in the viewer's language when none is asked for: the user's own, else the tenant's", async () => {
    const vendor = await aVendorTeam(api); // a German tenant
    await aPartner(vendor.tenant, { territories: [{ country: 'DE', postalCodePrefixes: ['80'] }] });
    const leadId = (await aQualifiedLead(vendor.tenant, { company: { postalCode: '30159' } })).id;
    const unasked = async () => (await gql(api, CANDIDATES, { leadId }, vendor.channel.token)).candidatePartners.wideningLabel;

    const em = await ownerEm();
    await em.nativeUpdate(User, { id: vendor.channel.user.id }, { locale: null });
    expect(await unasked()).toBe('Niemand deckt den Postleitbereich des Leads ab: erweitert auf das ganze Land DE');
    await em.nativeUpdate(User, { id: vendor.channel.user.id }, { locale: Locale.EN });
    expect(await unasked()).toBe("Nobody covers the lead's postal area: widened to the whole country DE");
  });

  it('keeps partners with the product line, and of those the ones serving the industry where any does', async () => {
    const vendor = await aVendorTeam(api);
    const solar = await aPartner(vendor.tenant, { competencies: ['Photovoltaik'] });
    const heat = await aPartner(vendor.tenant, { competencies: ['Wärmepumpen'] });
    const heatLogistics = await aPartner(vendor.tenant, { competencies: ['wärmepumpen', 'Logistik'] });

    const listed = await list(vendor, (await aQualifiedLead(vendor.tenant, { company: { industry: 'Logistik' } })).id);
    expect(ids(listed)).toEqual([heatLogistics.id]);
    expect(listed.candidates[0]!.fits.map((f) => f.reason)).toEqual([
      'TERRITORY',
      'PRODUCT_LINE',
      'INDUSTRY',
      'TIER',
      'CAPACITY',
    ]);
    expect(listed.excluded.find((e) => e.partner.id === solar.id)).toMatchObject({
      reason: 'NO_COMPETENCY',
      detail: 'Wärmepumpen',
      label: 'Does not serve Wärmepumpen',
    });
    expect(why(listed, heat.id)).toBe('NO_COMPETENCY');

    // Nobody serves the industry: the product line alone decides.
    const other = await list(vendor, (await aQualifiedLead(vendor.tenant, { company: { industry: 'Bildung' } })).id);
    expect(ids(other).sort()).toEqual([heat.id, heatLogistics.id].sort());
  });

  it("allows the tiers the tenant's routing policy names for the lead's grade, and refuses a bad policy saving nothing", async () => {
    const vendor = await aVendorTeam(api);
    const gold = await aPartner(vendor.tenant, { tier: PartnerTier.GOLD });
    const bronze = await aPartner(vendor.tenant, { tier: PartnerTier.BRONZE });
    await gql(api, UPDATE_POLICY, { input: { tiersByGrade: [{ grade: 'a', tiers: ['GOLD', 'SILVER'] }] } }, vendor.admin.token);

    const gradeA = await list(vendor, (await aQualifiedLead(vendor.tenant, { grade: 'A', score: 90 })).id);
    expect(ids(gradeA)).toEqual([gold.id]);
    expect(gradeA.excluded.find((e) => e.partner.id === bronze.id)).toMatchObject({
      reason: 'TIER_NOT_FOR_GRADE',
      detail: 'BRONZE/A',
    });
    const gradeC = await list(vendor, (await aQualifiedLead(vendor.tenant, { grade: 'C', score: 30 })).id);
    expect(ids(gradeC).sort()).toEqual([gold.id, bronze.id].sort());

    const badGrade = await api.graphql(
      UPDATE_POLICY,
      { input: { tiersByGrade: [{ grade: 'E', tiers: ['GOLD'] }] } },
      vendor.admin.token,
    );
    expect(codeOf(badGrade)).toBe('BAD_USER_INPUT');
    const noTier = await api.graphql(UPDATE_POLICY, { input: { tiersByGrade: [{ grade: 'B', tiers: [] }] } }, vendor.admin.token);
    expect(extensionsOf(noTier)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiersByGrade.tiers' });
    const twice = await api.graphql(
      UPDATE_POLICY,
      {
        input: {
          tiersByGrade: [
            { grade: 'B', tiers: ['GOLD'] },
            { grade: 'b', tiers: ['BRONZE'] },
          ],
        },
      },
      vendor.admin.token,
    );
    expect(extensionsOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiersByGrade.grade' });
    expect(codeOf(await api.graphql(UPDATE_POLICY, { input: { tiersByGrade: [] } }, vendor.channel.token))).toBe('FORBIDDEN');
    expect((await gql(api, POLICY, {}, vendor.channel.token)).routingPolicy).toEqual({
      tiersByGrade: [{ grade: 'A', tiers: ['GOLD', 'SILVER'] }],
    });
  });

  it('leaves out a partner at capacity, one not ACTIVE, and one that declined or returned the lead', async () => {
    const vendor = await aVendorTeam(api);
    const full = await aPartner(vendor.tenant, { capacity: 1 });
    await aLead(vendor.tenant, { stage: LeadStage.ACCEPTED, holdingPartner: full });
    const paused = await aPartner(vendor.tenant, { status: 'PAUSED' as never });
    const decliner = await aPartnerTeam(api, vendor.tenant, { competencies: ['Wärmepumpen'] });
    const returner = await aPartner(vendor.tenant);
    const free = await aPartner(vendor.tenant, { capacity: 2 });

    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [decliner.partner.id], 'EXCLUSIVE');
    const offer = await pendingOfferOf(api, decliner.sales.token, lead.id);
    await gql(api, DECLINE, { input: { offerId: offer.id, reasonCode: 'NO_CAPACITY' } }, decliner.sales.token);
    const em = await ownerEm();
    em.create(LeadEvent, {
      tenantId: vendor.tenant.id,
      lead: em.getReference(Lead, lead.id),
      partner: returner.id as never,
      type: LeadEventType.LEAD_RETURNED,
      occurredAt: new Date(),
      actorName: 'Test factory',
      actorOrganisation: 'Test factory',
    });
    await em.flush();

    const listed = await list(vendor, lead.id);
    expect(ids(listed)).toEqual([free.id]);
    expect(listed.candidates[0]!.fits.at(-1)).toMatchObject({ reason: 'CAPACITY', detail: '0/2' });
    expect(listed.excluded.find((e) => e.partner.id === full.id)).toMatchObject({ reason: 'AT_CAPACITY', detail: '1/1' });
    expect(why(listed, paused.id)).toBe('NOT_ACTIVE');
    expect(why(listed, decliner.partner.id)).toBe('DECLINED_BEFORE');
    expect(why(listed, returner.id)).toBe('RETURNED_BEFORE');
  });

  it('leaves out a partner during the absence its partner admin set, and takes it back level with the others', async () => {
    const vendor = await aVendorTeam(api);
    const away = await aPartnerTeam(api, vendor.tenant, { competencies: ['Wärmepumpen'] });
    const other = await aPartnerTeam(api, vendor.tenant, { competencies: ['Wärmepumpen'] });
    const now = Date.now();
    const at = (ms: number) => new Date(ms).toISOString();
    const absence = (
      await gql(
        api,
        SCHEDULE,
        { input: { partnerId: away.partner.id, startsAt: at(now - 3_600_000), endsAt: at(now + 86_400_000) } },
        away.admin.token,
      )
    ).schedulePartnerAbsence;
    // Another partner's admin cannot see, let alone set, this partner's absence; nor can a sales rep.
    const foreign = await api.graphql(
      SCHEDULE,
      { input: { partnerId: away.partner.id, startsAt: at(now), endsAt: at(now + 3_600_000) } },
      other.admin.token,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(CANCEL, { id: absence.id }, other.admin.token))).toBe('NOT_FOUND');
    const backwards = await api.graphql(
      SCHEDULE,
      { input: { partnerId: away.partner.id, startsAt: at(now + 7_200_000), endsAt: at(now + 3_600_000) } },
      vendor.channel.token,
    );
    expect(extensionsOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });

    const lead = await aQualifiedLead(vendor.tenant);
    const during = await list(vendor, lead.id);
    expect(ids(during)).toEqual([other.partner.id]);
    expect(why(during, away.partner.id)).toBe('ABSENT');

    // Ends now: the absence is over and the partner is a candidate again, available since its end.
    const em = await ownerEm();
    await em.execute(`update partner_absence set ends_at = now() - interval '1 second' where id = ?`, [absence.id]);
    const after = await list(vendor, lead.id);
    const back = after.candidates.find((c) => c.partner.id === away.partner.id)!;
    expect(back).toBeDefined();
    expect(back.ranking.availableSince).not.toBeNull();
  });

  it('ranks the partner furthest below its fair share first, with the weight in force readable per partner', async () => {
    const vendor = await aVendorTeam(api);
    const busy = await aPartner(vendor.tenant, { tier: PartnerTier.SILVER, capacity: 50 });
    const idle = await aPartner(vendor.tenant, { tier: PartnerTier.SILVER, capacity: 50 });
    // Both joined ten days ago; three leads went to "busy" yesterday (withdrawn since, so they do not count against its capacity).
    const em = await ownerEm();
    await em.execute(`update partner set created_at = now() - interval '10 days' where id in (?, ?)`, [busy.id, idle.id]);
    for (let i = 0; i < 3; i += 1) {
      const earlier = await aLead(vendor.tenant, { stage: LeadStage.UNPLACED });
      const round = em.create(Round, { tenantId: vendor.tenant.id, lead: earlier, mode: 'EXCLUSIVE' as never });
      em.create(Offer, {
        tenantId: vendor.tenant.id,
        round,
        lead: earlier,
        partner: busy,
        offeredAt: new Date(Date.now() - 86_400_000),
        expiresAt: new Date(),
        status: OfferStatus.WITHDRAWN,
      });
    }
    await em.flush();

    const listed = await list(vendor, (await aQualifiedLead(vendor.tenant)).id);
    expect(ids(listed)).toEqual([idle.id, busy.id]);
    expect(listed.candidates.map((c) => [c.rank, c.ranking.received, c.ranking.deficit, c.ranking.share])).toEqual([
      [1, 0, 1.5, 0.5],
      [2, 3, -1.5, 0.5],
    ]);
    expect(listed.candidates[0]!.ranking.label).toBe(
      'Rank 1: 0 offers in the last 90 days, 1.5 below its fair share (weight 2.00)',
    );
    const weight = await gql(api, WEIGHT, { id: busy.id }, vendor.channel.token);
    expect(weight.partner?.routingWeight).toEqual({ tierWeight: 2, performanceFactor: 1, weight: 2 });
  });

  it("says when the lead has no consent, and answers a partner's user NOT_FOUND or FORBIDDEN", async () => {
    const vendor = await aVendorTeam(api);
    const partner = await aPartnerTeam(api, vendor.tenant);
    const lead = await aQualifiedLead(vendor.tenant, { consent: false });
    expect((await list(vendor, lead.id)).consentGiven).toBe(false);
    expect(codeOf(await api.graphql(CANDIDATES, { leadId: lead.id }, partner.admin.token))).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(codeOf(await api.graphql(CANDIDATES, { leadId: lead.id }, vendor.marketing.token))).toBe('FORBIDDEN');
  });
});
