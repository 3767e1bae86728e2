import { Role } from '@leadrelay/core';
import { Offer, OfferStatus, Round, RoundStatus } from '@leadrelay/distribution';
import { LeadEvent, LeadEventType, LeadStage } from '@leadrelay/leads';
import type { Partner } from '@leadrelay/partners';
import { aPartner } from '../factories/identity.factories';
import { ACCEPT, DECLINE, aQualifiedLead, distribute, offersOf, storedLead } from '../factories/lead.factories';
import { type LoggedIn, type VendorTeam, aLoggedInMember, aVendorTeam } from '../factories/team.factories';
import { codeOf } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const WITHDRAW_OFFER = graphql(`
  mutation OfferRaceWithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      id
      status
    }
  }
`);
const WITHDRAW_ROUND = graphql(`
  mutation OfferRaceWithdrawRound($id: ID!) {
    withdrawRound(id: $id) {
      id
      stage
    }
  }
`);

const PARTNERS_IN_ROUND = 20;
const ROUNDS = 50;
const PAIR_RACES = 25;
const RACE_TIMEOUT = 120_000;

interface Bidder {
  partner: Partner;
  admin: LoggedIn;
}

/** What the database holds about one lead after a race, read as the owner. */
async function settled(leadId: string) {
  const em = await ownerEm();
  const lead = await storedLead(leadId);
  const offers = await em.find(Offer, { lead: leadId }, { filters: false });
  const rounds = await em.find(Round, { lead: leadId }, { filters: false });
  const events = await em.find(LeadEvent, { lead: leadId }, { filters: false });
  const count = (type: LeadEventType) => events.filter((event) => event.type === type).length;
  return { lead, offers, rounds, count };
}

/** Sends both operations at once; `flip` changes which one leaves first. */
function race<A, B>(flip: boolean, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (!flip) return Promise.all([a(), b()]);
  return Promise.all([b(), a()]).then(([second, first]) => [first, second]);
}

/**
 * Concurrent answers to the same offers, over parallel HTTP requests (each its own transaction on
 * its own pooled connection): whatever the order in which they reach the database, the lead ends
 * in one state that its offers, its round and its history agree on.
 */
describe('offers answered at the same moment', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let bidders: Bidder[];

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    bidders = await Promise.all(
      Array.from({ length: PARTNERS_IN_ROUND }, async () => {
        const partner = await aPartner(vendor.tenant);
        return { partner, admin: await aLoggedInMember(api, vendor.tenant, Role.PARTNER_ADMIN, partner) };
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it(
    `lets exactly one of ${PARTNERS_IN_ROUND} partners win a shared round, ${ROUNDS} times over`,
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(
          api,
          vendor.channel.token,
          lead.id,
          bidders.map((b) => b.partner.id),
          'SHARED',
        );
        const offerOf = new Map((await offersOf(api, vendor.channel.token, lead.id)).map((o) => [o.partner.id, o.id]));
        expect(offerOf.size).toBe(PARTNERS_IN_ROUND);

        const answers = await Promise.all(
          bidders.map((b) => api.graphql(ACCEPT, { id: offerOf.get(b.partner.id)! }, b.admin.token)),
        );

        const winners = bidders.filter((_, i) => codeOf(answers[i]!) === undefined);
        expect(winners).toHaveLength(1);
        expect(answers.map(codeOf).filter((code) => code === 'OFFER_TAKEN')).toHaveLength(PARTNERS_IN_ROUND - 1);
        const winner = winners[0]!;
        const { lead: after, offers, rounds, count } = await settled(lead.id);
        expect(after.stage).toBe(LeadStage.ACCEPTED);
        expect(after.holdingPartnerId).toBe(winner.partner.id);
        expect(after.ownerId).toBe(winner.admin.user.id);
        expect(offers.filter((o) => o.status === OfferStatus.ACCEPTED).map((o) => o.partner.id)).toEqual([winner.partner.id]);
        expect(offers.filter((o) => o.status === OfferStatus.CLOSED)).toHaveLength(PARTNERS_IN_ROUND - 1);
        expect(rounds.map((r) => r.status)).toEqual([RoundStatus.ACCEPTED]);
        expect(count(LeadEventType.OFFER_ACCEPTED)).toBe(1);
        expect(count(LeadEventType.LEAD_CONTACT_REVEALED)).toBe(1);
        expect(count(LeadEventType.OFFER_CLOSED)).toBe(PARTNERS_IN_ROUND - 1);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    `never both accepts and declines one offer (${PAIR_RACES} races)`,
    async () => {
      const { partner, admin } = bidders[0]!;
      const sales = await aLoggedInMember(api, vendor.tenant, Role.PARTNER_SALES, partner);
      for (let i = 0; i < PAIR_RACES; i++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(api, vendor.channel.token, lead.id, [partner.id], 'EXCLUSIVE');
        const [offer] = await offersOf(api, vendor.channel.token, lead.id);
        const [accepted, declined] = await race(
          i % 2 === 0,
          () => api.graphql(ACCEPT, { id: offer!.id }, sales.token),
          () => api.graphql(DECLINE, { input: { offerId: offer!.id, reasonCode: 'NO_CAPACITY' } }, admin.token),
        );

        const { lead: after, offers, rounds, count } = await settled(lead.id);
        const acceptWon = codeOf(accepted) === undefined;
        expect([codeOf(accepted), codeOf(declined)].sort()).toEqual([undefined, 'OFFER_NOT_PENDING'].sort());
        if (acceptWon) {
          expect(offers[0]!.status).toBe(OfferStatus.ACCEPTED);
          expect(after.stage).toBe(LeadStage.ACCEPTED);
          expect(after.holdingPartnerId).toBe(partner.id);
          expect(rounds[0]!.status).toBe(RoundStatus.ACCEPTED);
          expect([count(LeadEventType.OFFER_ACCEPTED), count(LeadEventType.OFFER_DECLINED)]).toEqual([1, 0]);
        } else {
          expect(offers[0]!.status).toBe(OfferStatus.DECLINED);
          expect(after.stage).toBe(LeadStage.UNPLACED);
          expect(after.holdingPartnerId).toBeNull();
          expect(rounds[0]!.status).toBe(RoundStatus.UNPLACED);
          expect([count(LeadEventType.OFFER_ACCEPTED), count(LeadEventType.OFFER_DECLINED)]).toEqual([0, 1]);
          expect(count(LeadEventType.LEAD_UNPLACED)).toBe(1);
        }
      }
    },
    RACE_TIMEOUT,
  );

  it(
    `settles a decline of one partner and an accept of another in the same shared round (${PAIR_RACES} races)`,
    async () => {
      const [first, second] = bidders;
      for (let i = 0; i < PAIR_RACES; i++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(api, vendor.channel.token, lead.id, [first!.partner.id, second!.partner.id], 'SHARED');
        const offerOf = new Map((await offersOf(api, vendor.channel.token, lead.id)).map((o) => [o.partner.id, o.id]));
        const [declined, accepted] = await race(
          i % 2 === 0,
          () =>
            api.graphql(
              DECLINE,
              { input: { offerId: offerOf.get(first!.partner.id)!, reasonCode: 'NO_CAPACITY' } },
              first!.admin.token,
            ),
          () => api.graphql(ACCEPT, { id: offerOf.get(second!.partner.id)! }, second!.admin.token),
        );

        // The decline either came first (and left the round open) or came to a CLOSED offer.
        expect(codeOf(accepted)).toBeUndefined();
        const { lead: after, offers, rounds } = await settled(lead.id);
        const statusOf = (partner: Partner) => offers.find((o) => o.partner.id === partner.id)!.status;
        expect(statusOf(second!.partner)).toBe(OfferStatus.ACCEPTED);
        expect(statusOf(first!.partner)).toBe(codeOf(declined) === undefined ? OfferStatus.DECLINED : OfferStatus.CLOSED);
        if (codeOf(declined) !== undefined) expect(codeOf(declined)).toBe('OFFER_TAKEN');
        expect(after.stage).toBe(LeadStage.ACCEPTED);
        expect(after.holdingPartnerId).toBe(second!.partner.id);
        expect(rounds[0]!.status).toBe(RoundStatus.ACCEPTED);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    `never both accepts and withdraws one offer (${PAIR_RACES} races)`,
    async () => {
      const { partner, admin } = bidders[0]!;
      for (let i = 0; i < PAIR_RACES; i++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(api, vendor.channel.token, lead.id, [partner.id], 'EXCLUSIVE');
        const [offer] = await offersOf(api, vendor.channel.token, lead.id);
        const [accepted, withdrawn] = await race(
          i % 2 === 0,
          () => api.graphql(ACCEPT, { id: offer!.id }, admin.token),
          () => api.graphql(WITHDRAW_OFFER, { id: offer!.id }, vendor.channel.token),
        );

        expect([codeOf(accepted), codeOf(withdrawn)].sort()).toEqual([undefined, 'OFFER_NOT_PENDING'].sort());
        expectOneConsistentEnd(await settled(lead.id), codeOf(accepted) === undefined, partner);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    `never both accepts and withdraws a round (${PAIR_RACES} races)`,
    async () => {
      const [first, second] = bidders;
      for (let i = 0; i < PAIR_RACES; i++) {
        const lead = await aQualifiedLead(vendor.tenant);
        await distribute(api, vendor.channel.token, lead.id, [first!.partner.id, second!.partner.id], 'SHARED');
        const offers = await offersOf(api, vendor.channel.token, lead.id);
        const mine = offers.find((o) => o.partner.id === first!.partner.id)!;
        const [accepted, withdrawn] = await race(
          i % 2 === 0,
          () => api.graphql(ACCEPT, { id: mine.id }, first!.admin.token),
          () => api.graphql(WITHDRAW_ROUND, { id: mine.roundId }, vendor.channel.token),
        );

        const acceptWon = codeOf(accepted) === undefined;
        expect([codeOf(accepted), codeOf(withdrawn)]).toEqual(
          acceptWon ? [undefined, 'INVALID_STAGE'] : ['OFFER_NOT_PENDING', undefined],
        );
        expectOneConsistentEnd(await settled(lead.id), acceptWon, first!.partner);
      }
    },
    RACE_TIMEOUT,
  );
});

/** Accepted: one offer ACCEPTED, none WITHDRAWN, lead held. Withdrawn: every offer WITHDRAWN, lead UNPLACED, nobody holds it. */
function expectOneConsistentEnd(state: Awaited<ReturnType<typeof settled>>, acceptWon: boolean, partner: Partner): void {
  const { lead, offers, rounds, count } = state;
  const statuses = offers.map((o) => o.status);
  if (acceptWon) {
    expect(statuses).toContain(OfferStatus.ACCEPTED);
    expect(statuses).not.toContain(OfferStatus.WITHDRAWN);
    expect(statuses.filter((s) => s !== OfferStatus.ACCEPTED).every((s) => s === OfferStatus.CLOSED)).toBe(true);
    expect(lead.stage).toBe(LeadStage.ACCEPTED);
    expect(lead.holdingPartnerId).toBe(partner.id);
    expect(rounds.map((r) => r.status)).toEqual([RoundStatus.ACCEPTED]);
    expect([count(LeadEventType.OFFER_ACCEPTED), count(LeadEventType.OFFER_WITHDRAWN)]).toEqual([1, 0]);
  } else {
    expect(statuses.every((s) => s === OfferStatus.WITHDRAWN)).toBe(true);
    expect(lead.stage).toBe(LeadStage.UNPLACED);
    expect(lead.holdingPartnerId).toBeNull();
    expect(rounds.map((r) => r.status)).toEqual([RoundStatus.UNPLACED]);
    expect(count(LeadEventType.OFFER_ACCEPTED)).toBe(0);
    expect(count(LeadEventType.OFFER_WITHDRAWN)).toBe(offers.length);
    expect(count(LeadEventType.LEAD_UNPLACED)).toBe(1);
  }
}
