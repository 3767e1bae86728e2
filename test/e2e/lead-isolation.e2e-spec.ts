import { Offer, Round } from '@leadrelay/distribution';
import { IntakeKey, Lead, LeadEvent, LeadStage, ReasonCode, ReasonCodeKind } from '@leadrelay/leads';
import { aLead, aQualifiedLead, anAcceptedLead, distribute, pendingOfferOf } from '../factories/lead.factories';
import { type LoggedIn, type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import type { DocumentNode } from 'graphql';
import { graphql } from '../support/graphql/generated';

/** The objects an actor tries to reach: each in the stage in which the operation would succeed for its owner. */
interface Targets {
  newLeadId: string;
  newLeadVersion: number;
  qualifiedLeadId: string;
  heldLeadId: string;
  offeredLeadId: string;
  offerId: string;
  roundId: string;
  partnerId: string;
  directUserId: string;
  assigneeId: string;
  reasonCodeId?: string;
  intakeKeyId?: string;
}

interface Probe {
  name: string;
  query: DocumentNode;
  variables: (t: Targets) => Record<string, unknown>;
  /** For list queries: the list that must come back empty (instead of NOT_FOUND). */
  list?: (data: unknown) => unknown[];
  /** Only for objects of another tenant: reason codes and intake keys belong to the whole tenant. */
  tenantWide?: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Every lead and offer query and mutation, aimed at an object the actor must not reach. */
const PROBES: Probe[] = [
  {
    name: 'lead',
    query: graphql(`
      query LeadIsolationLead($id: ID!) {
        lead(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.heldLeadId }),
  },
  {
    name: 'leads(filter: { partnerId })',
    query: graphql(`
      query LeadIsolationLeads($partnerId: ID!) {
        leads(filter: { partnerId: $partnerId }) {
          nodes {
            id
          }
        }
      }
    `),
    variables: (t) => ({ partnerId: t.partnerId }),
  },
  {
    name: 'offers(filter: { leadId })',
    query: graphql(`
      query LeadIsolationOffers($leadId: ID!) {
        offers(filter: { leadId: $leadId }) {
          nodes {
            id
          }
          totalCount
        }
      }
    `),
    variables: (t) => ({ leadId: t.offeredLeadId }),
    list: (data) => (data as { offers: { nodes: unknown[] } }).offers.nodes,
  },
  {
    name: 'updateLead',
    query: graphql(`
      mutation LeadIsolationUpdateLead($input: UpdateLeadInput!) {
        updateLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { id: t.newLeadId, version: t.newLeadVersion, contact: { lastName: 'Eindringling' } } }),
  },
  {
    name: 'qualifyLead',
    query: graphql(`
      mutation LeadIsolationQualifyLead($input: QualifyLeadInput!) {
        qualifyLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.newLeadId, score: 90, grade: 'A' } }),
  },
  {
    name: 'disqualifyLead',
    query: graphql(`
      mutation LeadIsolationDisqualifyLead($input: DisqualifyLeadInput!) {
        disqualifyLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.newLeadId, reasonCode: 'NOT_TARGET_GROUP' } }),
  },
  {
    name: 'nurtureLead',
    query: graphql(`
      mutation LeadIsolationNurtureLead($input: NurtureLeadInput!) {
        nurtureLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.newLeadId } }),
  },
  {
    name: 'routeDirect',
    query: graphql(`
      mutation LeadIsolationRouteDirect($input: RouteDirectInput!) {
        routeDirect(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.qualifiedLeadId, userId: t.directUserId } }),
  },
  {
    name: 'distributeLead',
    query: graphql(`
      mutation LeadIsolationDistributeLead($input: DistributeLeadInput!) {
        distributeLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.qualifiedLeadId, partnerIds: [t.partnerId], mode: 'EXCLUSIVE' } }),
  },
  {
    name: 'withdrawRound',
    query: graphql(`
      mutation LeadIsolationWithdrawRound($id: ID!) {
        withdrawRound(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.roundId }),
  },
  {
    name: 'withdrawOffer',
    query: graphql(`
      mutation LeadIsolationWithdrawOffer($id: ID!) {
        withdrawOffer(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.offerId }),
  },
  {
    name: 'acceptOffer',
    query: graphql(`
      mutation LeadIsolationAcceptOffer($id: ID!) {
        acceptOffer(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.offerId }),
  },
  {
    name: 'declineOffer',
    query: graphql(`
      mutation LeadIsolationDeclineOffer($input: DeclineOfferInput!) {
        declineOffer(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { offerId: t.offerId, reasonCode: 'NO_CAPACITY' } }),
  },
  {
    name: 'assignLead',
    query: graphql(`
      mutation LeadIsolationAssignLead($input: AssignLeadInput!) {
        assignLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.heldLeadId, userId: t.assigneeId } }),
  },
  {
    name: 'recordProgress',
    query: graphql(`
      mutation LeadIsolationRecordProgress($input: RecordProgressInput!) {
        recordProgress(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.heldLeadId, stage: 'CONTACTED' } }),
  },
  {
    name: 'returnLead',
    query: graphql(`
      mutation LeadIsolationReturnLead($input: ReturnLeadInput!) {
        returnLead(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: 'NO_NEED_YET' } }),
  },
  {
    name: 'closeLeadWon',
    query: graphql(`
      mutation LeadIsolationCloseLeadWon($input: CloseLeadWonInput!) {
        closeLeadWon(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.heldLeadId, amount: 1000, currency: 'EUR', closedOn: today() } }),
  },
  {
    name: 'closeLeadLost',
    query: graphql(`
      mutation LeadIsolationCloseLeadLost($input: CloseLeadLostInput!) {
        closeLeadLost(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: 'NO_BUDGET' } }),
  },
  {
    name: 'updateReasonCode',
    query: graphql(`
      mutation LeadIsolationUpdateReasonCode($input: UpdateReasonCodeInput!) {
        updateReasonCode(input: $input) {
          id
        }
      }
    `),
    variables: (t) => ({ input: { id: t.reasonCodeId, labels: [{ locale: 'EN', text: 'Hijacked' }] } }),
    tenantWide: true,
  },
  {
    name: 'retireReasonCode',
    query: graphql(`
      mutation LeadIsolationRetireReasonCode($id: ID!) {
        retireReasonCode(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.reasonCodeId }),
    tenantWide: true,
  },
  {
    name: 'revokeIntakeKey',
    query: graphql(`
      mutation LeadIsolationRevokeIntakeKey($id: ID!) {
        revokeIntakeKey(id: $id) {
          id
        }
      }
    `),
    variables: (t) => ({ id: t.intakeKeyId }),
    tenantWide: true,
  },
];

/** What the database holds of the targets, as the owner: must be the same after every probe. */
async function snapshot(t: Targets): Promise<unknown> {
  const em = await ownerEm();
  const leadIds = [t.newLeadId, t.qualifiedLeadId, t.heldLeadId, t.offeredLeadId];
  const leads = await em.find(Lead, { id: { $in: leadIds } }, { filters: false, orderBy: { id: 'asc' } });
  const offers = await em.find(Offer, { lead: { $in: leadIds } }, { filters: false, orderBy: { id: 'asc' } });
  const rounds = await em.find(Round, { lead: { $in: leadIds } }, { filters: false, orderBy: { id: 'asc' } });
  const lines = await em.count(LeadEvent, { lead: { $in: leadIds } }, { filters: false });
  const code = t.reasonCodeId ? await em.findOneOrFail(ReasonCode, { id: t.reasonCodeId }, { filters: false }) : null;
  const key = t.intakeKeyId ? await em.findOneOrFail(IntakeKey, { id: t.intakeKeyId }, { filters: false }) : null;
  return {
    leads: leads.map((l) => [l.id, l.stage, l.version, l.holdingPartnerId, l.ownerId, l.contact.lastName, l.updatedAt]),
    offers: offers.map((o) => [o.id, o.status, o.respondedAt]),
    rounds: rounds.map((r) => [r.id, r.status]),
    lines,
    code: code && [code.labels, code.retiredAt],
    key: key && [key.revokedAt],
  };
}

function expectRefused(probe: Probe, answer: GraphQLResult<unknown>): void {
  if (probe.list) {
    expect(answer.errors).toBeUndefined();
    expect(probe.list(answer.data!)).toEqual([]);
  } else {
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
  }
}

/**
 * Another tenant's leads, offers, rounds, reason codes and intake keys, and another partner's
 * offers and leads, are answered as not found (an empty list for list queries) for every role,
 * and stay as they were.
 */
describe('leads and offers are isolated', () => {
  let api: TestApi;
  let home: VendorTeam;
  let mine: PartnerTeam;
  let theirs: PartnerTeam;
  let otherTenant: Targets;
  let otherPartner: Targets;
  let before: { tenant: unknown; partner: unknown };

  /** A tenant's targets: NEW, QUALIFIED, OFFERED (its offer and round) and ACCEPTED leads of `partner`. */
  async function targetsOf(vendor: VendorTeam, partner: PartnerTeam, tenantWide: boolean): Promise<Targets> {
    const newLead = await aLead(vendor.tenant, { stage: LeadStage.NEW });
    const qualified = await aQualifiedLead(vendor.tenant);
    const offered = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, offered.id, [partner.partner.id], 'EXCLUSIVE');
    const offer = await pendingOfferOf(api, partner.admin.token, offered.id);
    const { lead: held } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.admin);
    const targets: Targets = {
      newLeadId: newLead.id,
      newLeadVersion: newLead.version,
      qualifiedLeadId: qualified.id,
      heldLeadId: held.id,
      offeredLeadId: offered.id,
      offerId: offer.id,
      roundId: offer.roundId,
      partnerId: partner.partner.id,
      directUserId: vendor.direct.user.id,
      assigneeId: partner.sales.user.id,
    };
    if (tenantWide) {
      const em = await ownerEm();
      const code = await em.findOneOrFail(
        ReasonCode,
        { tenantId: vendor.tenant.id, kind: ReasonCodeKind.DECLINE, key: 'NO_CAPACITY' },
        { filters: false },
      );
      const key = await gql(
        api,
        graphql(`
          mutation LeadIsolationCreateIntakeKey($input: CreateIntakeKeyInput!) {
            createIntakeKey(input: $input) {
              intakeKey {
                id
              }
            }
          }
        `),
        { input: { name: 'Website', source: 'WEB_FORM' } },
        vendor.admin.token,
      );
      Object.assign(targets, { reasonCodeId: code.id, intakeKeyId: key.createIntakeKey.intakeKey.id });
    }
    return targets;
  }

  beforeAll(async () => {
    api = await createTestApi();
    const other = await aVendorTeam(api);
    home = await aVendorTeam(api);
    [mine, theirs] = await Promise.all([aPartnerTeam(api, home.tenant), aPartnerTeam(api, home.tenant)]);
    otherTenant = await targetsOf(other, await aPartnerTeam(api, other.tenant), true);
    // P2's lead as the target of every lead-level probe: it is held by P2; the offer is P2's own.
    const p2 = await targetsOf(home, theirs, false);
    otherPartner = {
      ...p2,
      newLeadId: p2.heldLeadId,
      newLeadVersion: (await (await ownerEm()).findOneOrFail(Lead, { id: p2.heldLeadId }, { filters: false })).version,
      qualifiedLeadId: p2.heldLeadId,
    };
    before = { tenant: await snapshot(otherTenant), partner: await snapshot(otherPartner) };
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const everyRoleOfHome = (): [string, LoggedIn][] => [
    ['VENDOR_ADMIN', home.admin],
    ['CHANNEL_MANAGER', home.channel],
    ['MARKETING', home.marketing],
    ['DIRECT_SALES', home.direct],
    ['PARTNER_ADMIN', mine.admin],
    ['PARTNER_SALES', mine.sales],
  ];

  describe("another tenant's objects", () => {
    it.each(PROBES.map((probe) => [probe.name, probe] as const))(
      '%s: NOT_FOUND (a list: empty) for every role',
      async (_name, probe) => {
        for (const [role, member] of everyRoleOfHome()) {
          const answer = await api.graphql(probe.query, probe.variables(otherTenant), member.token);
          try {
            expectRefused(probe, answer);
          } catch (error) {
            throw new Error(`${probe.name} as ${role}: ${JSON.stringify(answer)}`, { cause: error });
          }
        }
      },
    );

    it('are unchanged after all of it', async () => {
      expect(await snapshot(otherTenant)).toEqual(before.tenant);
    });
  });

  describe("another partner's offers and leads", () => {
    it.each(PROBES.filter((probe) => !probe.tenantWide).map((probe) => [probe.name, probe] as const))(
      '%s: NOT_FOUND (a list: empty) for the partner admin and sales rep',
      async (_name, probe) => {
        for (const [role, member] of [
          ['PARTNER_ADMIN', mine.admin],
          ['PARTNER_SALES', mine.sales],
        ] as const) {
          const answer = await api.graphql(probe.query, probe.variables(otherPartner), member.token);
          try {
            expectRefused(probe, answer);
          } catch (error) {
            throw new Error(`${probe.name} as ${role}: ${JSON.stringify(answer)}`, { cause: error });
          }
        }
      },
    );

    it('are unchanged after all of it', async () => {
      expect(await snapshot(otherPartner)).toEqual(before.partner);
    });
  });

  it('lets the owners reach the same objects (the probes aim at live targets)', async () => {
    const lead = await api.graphql(PROBES[0]!.query, PROBES[0]!.variables(otherPartner), theirs.admin.token);
    expect(lead.errors).toBeUndefined();
    const offers = await api.graphql(PROBES[2]!.query, PROBES[2]!.variables(otherPartner), theirs.sales.token);
    expect((offers.data as { offers: { nodes: unknown[] } }).offers.nodes).toHaveLength(1);
  });
});
