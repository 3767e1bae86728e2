import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Tenant } from '@leadrelay/core';
import { Offer, Round } from '@leadrelay/distribution';
import { IntakeKey, Lead, LeadEvent, LeadStage, ReasonCode } from '@leadrelay/leads';
import { aLead, aQualifiedLead, anAcceptedLead, distribute, pendingOfferOf } from '../factories/lead.factories';
import { type LoggedIn, type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import type { DocumentNode } from 'graphql';
import { graphql } from '../support/graphql/generated';

const TOO_LONG = 'x'.repeat(2001);
const NOT_AN_ID = 'not-an-id';

interface Targets {
  newLead: { id: string; version: number };
  qualifiedLeadId: string;
  offerId: string;
  roundId: string;
  heldLeadId: string;
  partnerId: string;
  salesUserId: string;
  directUserId: string;
  reasonCodeId: string;
  intakeKeyId: string;
}

interface Case {
  /** What is wrong, e.g. "score 101". */
  wrong: string;
  /** Checked against the schema by codegen, but untyped: the variables are wrong on purpose. */
  query: DocumentNode;
  variables: (t: Targets) => Record<string, unknown>;
  /** The field the answer must name: `extensions.field` of BAD_USER_INPUT, or in the message of a GraphQL input error. */
  field: string;
  as: 'vendor' | 'partner';
  /** The value is refused by GraphQL itself (an unknown enum literal, a wrong scalar) before LeadRelay sees it. */
  graphql?: boolean;
}

const M = {
  createLead: graphql(`
    mutation LeadBadInputCreateLead($input: CreateLeadInput!) {
      createLead(input: $input) {
        id
      }
    }
  `),
  updateLead: graphql(`
    mutation LeadBadInputUpdateLead($input: UpdateLeadInput!) {
      updateLead(input: $input) {
        id
      }
    }
  `),
  qualifyLead: graphql(`
    mutation LeadBadInputQualifyLead($input: QualifyLeadInput!) {
      qualifyLead(input: $input) {
        id
      }
    }
  `),
  disqualifyLead: graphql(`
    mutation LeadBadInputDisqualifyLead($input: DisqualifyLeadInput!) {
      disqualifyLead(input: $input) {
        id
      }
    }
  `),
  nurtureLead: graphql(`
    mutation LeadBadInputNurtureLead($input: NurtureLeadInput!) {
      nurtureLead(input: $input) {
        id
      }
    }
  `),
  routeDirect: graphql(`
    mutation LeadBadInputRouteDirect($input: RouteDirectInput!) {
      routeDirect(input: $input) {
        id
      }
    }
  `),
  distributeLead: graphql(`
    mutation LeadBadInputDistributeLead($input: DistributeLeadInput!) {
      distributeLead(input: $input) {
        id
      }
    }
  `),
  withdrawRound: graphql(`
    mutation LeadBadInputWithdrawRound($id: ID!) {
      withdrawRound(id: $id) {
        id
      }
    }
  `),
  withdrawOffer: graphql(`
    mutation LeadBadInputWithdrawOffer($id: ID!) {
      withdrawOffer(id: $id) {
        id
      }
    }
  `),
  acceptOffer: graphql(`
    mutation LeadBadInputAcceptOffer($id: ID!) {
      acceptOffer(id: $id) {
        id
      }
    }
  `),
  declineOffer: graphql(`
    mutation LeadBadInputDeclineOffer($input: DeclineOfferInput!) {
      declineOffer(input: $input) {
        id
      }
    }
  `),
  assignLead: graphql(`
    mutation LeadBadInputAssignLead($input: AssignLeadInput!) {
      assignLead(input: $input) {
        id
      }
    }
  `),
  recordProgress: graphql(`
    mutation LeadBadInputRecordProgress($input: RecordProgressInput!) {
      recordProgress(input: $input) {
        id
      }
    }
  `),
  returnLead: graphql(`
    mutation LeadBadInputReturnLead($input: ReturnLeadInput!) {
      returnLead(input: $input) {
        id
      }
    }
  `),
  closeLeadWon: graphql(`
    mutation LeadBadInputCloseLeadWon($input: CloseLeadWonInput!) {
      closeLeadWon(input: $input) {
        id
      }
    }
  `),
  closeLeadLost: graphql(`
    mutation LeadBadInputCloseLeadLost($input: CloseLeadLostInput!) {
      closeLeadLost(input: $input) {
        id
      }
    }
  `),
  createReasonCode: graphql(`
    mutation LeadBadInputCreateReasonCode($input: CreateReasonCodeInput!) {
      createReasonCode(input: $input) {
        id
      }
    }
  `),
  updateReasonCode: graphql(`
    mutation LeadBadInputUpdateReasonCode($input: UpdateReasonCodeInput!) {
      updateReasonCode(input: $input) {
        id
      }
    }
  `),
  retireReasonCode: graphql(`
    mutation LeadBadInputRetireReasonCode($id: ID!) {
      retireReasonCode(id: $id) {
        id
      }
    }
  `),
  createIntakeKey: graphql(`
    mutation LeadBadInputCreateIntakeKey($input: CreateIntakeKeyInput!) {
      createIntakeKey(input: $input) {
        secret
      }
    }
  `),
  revokeIntakeKey: graphql(`
    mutation LeadBadInputRevokeIntakeKey($id: ID!) {
      revokeIntakeKey(id: $id) {
        id
      }
    }
  `),
  updateTenantSettings: graphql(`
    mutation LeadBadInputUpdateTenantSettings($input: UpdateTenantSettingsInput!) {
      updateTenantSettings(input: $input) {
        acceptanceHours
      }
    }
  `),
};

const lead = (company: Record<string, unknown> = {}, contact: Record<string, unknown> = {}) => ({
  source: 'WEB_FORM',
  company: { name: 'Neu GmbH', country: 'DE', ...company },
  contact: { lastName: 'Neumann', ...contact },
});
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** At least one invalid input for every mutation of the lifecycle issue. */
const CASES: Record<keyof typeof M, Case[]> = {
  createLead: [
    {
      wrong: 'country "Germany"',
      query: M.createLead,
      variables: () => ({ input: lead({ country: 'Germany' }) }),
      field: 'company.country',
      as: 'vendor',
    },
    {
      wrong: 'blank last name',
      query: M.createLead,
      variables: () => ({ input: lead({}, { lastName: '   ' }) }),
      field: 'contact.lastName',
      as: 'vendor',
    },
    {
      wrong: 'e-mail "jan@"',
      query: M.createLead,
      variables: () => ({ input: lead({}, { email: 'jan@' }) }),
      field: 'contact.email',
      as: 'vendor',
    },
    {
      wrong: 'source FAX',
      query: M.createLead,
      variables: () => ({ input: { ...lead(), source: 'FAX' } }),
      field: 'source',
      as: 'vendor',
      graphql: true,
    },
  ],
  updateLead: [
    {
      wrong: 'malformed id',
      query: M.updateLead,
      variables: (t) => ({ input: { id: NOT_AN_ID, version: t.newLead.version } }),
      field: 'id',
      as: 'vendor',
    },
    {
      wrong: 'postal code "!!"',
      query: M.updateLead,
      variables: (t) => ({
        input: { id: t.newLead.id, version: t.newLead.version, company: { name: 'X', country: 'DE', postalCode: '!!' } },
      }),
      field: 'company.postalCode',
      as: 'vendor',
    },
  ],
  qualifyLead: [
    {
      wrong: 'score 101',
      query: M.qualifyLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, score: 101, grade: 'A' } }),
      field: 'score',
      as: 'vendor',
    },
    {
      wrong: 'score -1',
      query: M.qualifyLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, score: -1, grade: 'A' } }),
      field: 'score',
      as: 'vendor',
    },
    {
      wrong: 'grade "E"',
      query: M.qualifyLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, score: 50, grade: 'E' } }),
      field: 'grade',
      as: 'vendor',
    },
    {
      wrong: 'malformed leadId',
      query: M.qualifyLead,
      variables: () => ({ input: { leadId: NOT_AN_ID, score: 50, grade: 'B' } }),
      field: 'leadId',
      as: 'vendor',
    },
  ],
  disqualifyLead: [
    {
      wrong: 'empty reasonCode',
      query: M.disqualifyLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, reasonCode: '' } }),
      field: 'reasonCode',
      as: 'vendor',
    },
    {
      wrong: 'comment of 2001 characters',
      query: M.disqualifyLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, reasonCode: 'OTHER', comment: TOO_LONG } }),
      field: 'comment',
      as: 'vendor',
    },
  ],
  nurtureLead: [
    {
      wrong: 'note of 2001 characters',
      query: M.nurtureLead,
      variables: (t) => ({ input: { leadId: t.newLead.id, note: TOO_LONG } }),
      field: 'note',
      as: 'vendor',
    },
  ],
  routeDirect: [
    {
      wrong: 'malformed userId',
      query: M.routeDirect,
      variables: (t) => ({ input: { leadId: t.qualifiedLeadId, userId: NOT_AN_ID } }),
      field: 'userId',
      as: 'vendor',
    },
    {
      wrong: 'a user who is not in direct sales',
      query: M.routeDirect,
      variables: (t) => ({ input: { leadId: t.qualifiedLeadId, userId: t.salesUserId } }),
      field: 'userId',
      as: 'vendor',
    },
  ],
  distributeLead: [
    {
      wrong: 'no partner',
      query: M.distributeLead,
      variables: (t) => ({ input: { leadId: t.qualifiedLeadId, partnerIds: [], mode: 'SHARED' } }),
      field: 'partnerIds',
      as: 'vendor',
    },
    {
      wrong: 'malformed partner id',
      query: M.distributeLead,
      variables: (t) => ({ input: { leadId: t.qualifiedLeadId, partnerIds: [NOT_AN_ID], mode: 'SHARED' } }),
      field: 'partnerIds',
      as: 'vendor',
    },
    {
      wrong: 'a deadline in the past',
      query: M.distributeLead,
      variables: (t) => ({
        input: {
          leadId: t.qualifiedLeadId,
          partnerIds: [t.partnerId],
          mode: 'EXCLUSIVE',
          expiresAt: new Date(Date.now() - 60_000),
        },
      }),
      field: 'expiresAt',
      as: 'vendor',
    },
    {
      wrong: 'mode BOTH',
      query: M.distributeLead,
      variables: (t) => ({ input: { leadId: t.qualifiedLeadId, partnerIds: [t.partnerId], mode: 'BOTH' } }),
      field: 'mode',
      as: 'vendor',
      graphql: true,
    },
  ],
  withdrawRound: [
    { wrong: 'malformed id', query: M.withdrawRound, variables: () => ({ id: 'round-1' }), field: 'id', as: 'vendor' },
  ],
  withdrawOffer: [
    { wrong: 'malformed id', query: M.withdrawOffer, variables: () => ({ id: '12345' }), field: 'id', as: 'vendor' },
  ],
  acceptOffer: [{ wrong: 'empty id', query: M.acceptOffer, variables: () => ({ id: '' }), field: 'id', as: 'partner' }],
  declineOffer: [
    {
      wrong: 'malformed offerId',
      query: M.declineOffer,
      variables: () => ({ input: { offerId: NOT_AN_ID, reasonCode: 'NO_CAPACITY' } }),
      field: 'offerId',
      as: 'partner',
    },
    {
      wrong: 'empty reasonCode',
      query: M.declineOffer,
      variables: (t) => ({ input: { offerId: t.offerId, reasonCode: '  ' } }),
      field: 'reasonCode',
      as: 'partner',
    },
    {
      wrong: 'comment of 2001 characters',
      query: M.declineOffer,
      variables: (t) => ({ input: { offerId: t.offerId, reasonCode: 'OTHER', comment: TOO_LONG } }),
      field: 'comment',
      as: 'partner',
    },
  ],
  assignLead: [
    {
      wrong: 'malformed userId',
      query: M.assignLead,
      variables: (t) => ({ input: { leadId: t.heldLeadId, userId: NOT_AN_ID } }),
      field: 'userId',
      as: 'partner',
    },
  ],
  recordProgress: [
    {
      wrong: 'stage CALLED',
      query: M.recordProgress,
      variables: (t) => ({ input: { leadId: t.heldLeadId, stage: 'CALLED' } }),
      field: 'stage',
      as: 'partner',
      graphql: true,
    },
    {
      wrong: 'note of 5001 characters',
      query: M.recordProgress,
      variables: (t) => ({ input: { leadId: t.heldLeadId, stage: 'CONTACTED', note: 'x'.repeat(5001) } }),
      field: 'note',
      as: 'partner',
    },
  ],
  returnLead: [
    {
      wrong: 'empty reasonCode',
      query: M.returnLead,
      variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: '' } }),
      field: 'reasonCode',
      as: 'partner',
    },
    {
      wrong: 'comment of 2001 characters',
      query: M.returnLead,
      variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: 'OTHER', comment: TOO_LONG } }),
      field: 'comment',
      as: 'partner',
    },
  ],
  closeLeadWon: [
    {
      wrong: 'currency "EURO"',
      query: M.closeLeadWon,
      variables: (t) => ({ input: { leadId: t.heldLeadId, amount: 100, currency: 'EURO', closedOn: yesterday() } }),
      field: 'currency',
      as: 'partner',
    },
    {
      wrong: 'amount 0',
      query: M.closeLeadWon,
      variables: (t) => ({ input: { leadId: t.heldLeadId, amount: 0, currency: 'EUR', closedOn: yesterday() } }),
      field: 'amount',
      as: 'partner',
    },
  ],
  closeLeadLost: [
    {
      wrong: 'competitor of 201 characters',
      query: M.closeLeadLost,
      variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: 'LOST_TO_COMPETITOR', competitor: 'x'.repeat(201) } }),
      field: 'competitor',
      as: 'partner',
    },
    {
      wrong: 'comment of 2001 characters',
      query: M.closeLeadLost,
      variables: (t) => ({ input: { leadId: t.heldLeadId, reasonCode: 'OTHER', comment: TOO_LONG } }),
      field: 'comment',
      as: 'partner',
    },
  ],
  createReasonCode: [
    {
      wrong: 'key in lower case',
      query: M.createReasonCode,
      variables: () => ({
        input: {
          key: 'too expensive',
          kind: 'DECLINE',
          labels: [
            { locale: 'DE', text: 'Zu teuer' },
            { locale: 'EN', text: 'Too expensive' },
          ],
          followUp: 'RE_OFFER',
        },
      }),
      field: 'key',
      as: 'vendor',
    },
    {
      wrong: 'empty German label',
      query: M.createReasonCode,
      variables: () => ({
        input: {
          key: 'TOO_EXPENSIVE',
          kind: 'DECLINE',
          labels: [
            { locale: 'DE', text: ' ' },
            { locale: 'EN', text: 'Too expensive' },
          ],
          followUp: 'RE_OFFER',
        },
      }),
      field: 'labels.0.text',
      as: 'vendor',
    },
    {
      wrong: 'kind PRAISE',
      query: M.createReasonCode,
      variables: () => ({
        input: {
          key: 'TOO_EXPENSIVE',
          kind: 'PRAISE',
          labels: [
            { locale: 'DE', text: 'Zu teuer' },
            { locale: 'EN', text: 'Too expensive' },
          ],
          followUp: 'RE_OFFER',
        },
      }),
      field: 'kind',
      as: 'vendor',
      graphql: true,
    },
  ],
  updateReasonCode: [
    {
      wrong: 'blank English label',
      query: M.updateReasonCode,
      variables: (t) => ({ input: { id: t.reasonCodeId, labels: [{ locale: 'EN', text: '   ' }] } }),
      field: 'labels.0.text',
      as: 'vendor',
    },
    {
      wrong: 'malformed id',
      query: M.updateReasonCode,
      variables: () => ({ input: { id: NOT_AN_ID, labels: [{ locale: 'EN', text: 'Other' }] } }),
      field: 'id',
      as: 'vendor',
    },
  ],
  retireReasonCode: [
    { wrong: 'malformed id', query: M.retireReasonCode, variables: () => ({ id: NOT_AN_ID }), field: 'id', as: 'vendor' },
  ],
  createIntakeKey: [
    {
      wrong: 'empty name',
      query: M.createIntakeKey,
      variables: () => ({ input: { name: '', source: 'WEB_FORM' } }),
      field: 'name',
      as: 'vendor',
    },
    {
      wrong: 'source FAX',
      query: M.createIntakeKey,
      variables: () => ({ input: { name: 'Fax', source: 'FAX' } }),
      field: 'source',
      as: 'vendor',
      graphql: true,
    },
  ],
  revokeIntakeKey: [
    { wrong: 'malformed id', query: M.revokeIntakeKey, variables: () => ({ id: NOT_AN_ID }), field: 'id', as: 'vendor' },
  ],
  updateTenantSettings: [
    {
      wrong: 'acceptanceHours 0',
      query: M.updateTenantSettings,
      variables: () => ({ input: { acceptanceHours: 0 } }),
      field: 'acceptanceHours',
      as: 'vendor',
    },
    {
      wrong: 'dayStart 25:00',
      query: M.updateTenantSettings,
      variables: () => ({ input: { dayStart: '25:00' } }),
      field: 'dayStart',
      as: 'vendor',
    },
    {
      wrong: 'workingDays [8]',
      query: M.updateTenantSettings,
      variables: () => ({ input: { workingDays: [8] } }),
      field: 'workingDays',
      as: 'vendor',
    },
    {
      wrong: 'time zone Mars/Olympus',
      query: M.updateTenantSettings,
      variables: () => ({ input: { timeZone: 'Mars/Olympus' } }),
      field: 'timeZone',
      as: 'vendor',
    },
    {
      wrong: 'day ending before it starts',
      query: M.updateTenantSettings,
      variables: () => ({ input: { dayStart: '17:00', dayEnd: '08:00' } }),
      field: 'dayEnd',
      as: 'vendor',
    },
  ],
};

const QUERY_CASES: Case[] = [
  {
    wrong: 'leads(first: 0)',
    query: graphql(`
      query LeadBadInputLeads($first: Int!) {
        leads(first: $first) {
          totalCount
        }
      }
    `),
    variables: () => ({ first: 0 }),
    field: 'first',
    as: 'vendor',
  },
  {
    wrong: 'leads filtered by a malformed partner id',
    query: graphql(`
      query LeadBadInputLeads2($filter: LeadFilter) {
        leads(filter: $filter) {
          totalCount
        }
      }
    `),
    variables: () => ({ filter: { partnerId: NOT_AN_ID } }),
    field: 'filter.partnerId',
    as: 'vendor',
  },
  {
    wrong: 'offers filtered by a malformed lead id',
    query: graphql(`
      query LeadBadInputOffers($filter: OfferFilter) {
        offers(filter: $filter) {
          totalCount
        }
      }
    `),
    variables: () => ({ filter: { leadId: NOT_AN_ID } }),
    field: 'filter.leadId',
    as: 'partner',
  },
  {
    wrong: 'reasonCodes of kind PRAISE',
    query: graphql(`
      query LeadBadInputReasonCodes($kind: ReasonCodeKind) {
        reasonCodes(kind: $kind) {
          key
        }
      }
    `),
    variables: () => ({ kind: 'PRAISE' }),
    field: 'kind',
    as: 'vendor',
    graphql: true,
  },
];

/** Every row of the tenant the cases could touch, as the owner sees it. */
async function snapshot(tenantId: string): Promise<unknown> {
  const em = await ownerEm();
  const where = { tenantId };
  const options = { filters: false, orderBy: { id: 'asc' } } as const;
  const [leads, offers, rounds, lines, codes, keys, tenant] = await Promise.all([
    em.find(Lead, where, options),
    em.find(Offer, where, options),
    em.find(Round, where, options),
    em.count(LeadEvent, where, { filters: false }),
    em.find(ReasonCode, where, options),
    em.find(IntakeKey, where, options),
    em.findOneOrFail(Tenant, { id: tenantId }, { filters: false }),
  ]);
  return {
    leads: leads.map((l) => [l.id, l.stage, l.version, l.score, l.ownerId, l.holdingPartnerId, l.updatedAt]),
    offers: offers.map((o) => [o.id, o.status]),
    rounds: rounds.map((r) => [r.id, r.status]),
    lines,
    codes: codes.map((c) => [c.key, c.labels, c.retiredAt]),
    keys: keys.map((k) => [k.id, k.revokedAt]),
    tenant: [tenant.timeZone, tenant.storedSettings],
  };
}

describe('bad input on every lead, offer and reason-code mutation', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let partner: PartnerTeam;
  let targets: Targets;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    partner = await aPartnerTeam(api, vendor.tenant);
    const newLead = await aLead(vendor.tenant, { stage: LeadStage.NEW });
    const qualified = await aQualifiedLead(vendor.tenant);
    const offered = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, offered.id, [partner.partner.id], 'EXCLUSIVE');
    const offer = await pendingOfferOf(api, partner.admin.token, offered.id);
    const { lead: held } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.admin);
    const em = await ownerEm();
    const code = await em.findOneOrFail(ReasonCode, { tenantId: vendor.tenant.id, key: 'NO_CAPACITY' }, { filters: false });
    const key = await gql(
      api,
      graphql(`
        mutation LeadBadInputCreateIntakeKey2 {
          createIntakeKey(input: { name: "Website", source: WEB_FORM }) {
            intakeKey {
              id
            }
          }
        }
      `),
      {},
      vendor.admin.token,
    );
    targets = {
      newLead: { id: newLead.id, version: newLead.version },
      qualifiedLeadId: qualified.id,
      offerId: offer.id,
      roundId: offer.roundId,
      heldLeadId: held.id,
      partnerId: partner.partner.id,
      salesUserId: partner.sales.user.id,
      directUserId: vendor.direct.user.id,
      reasonCodeId: code.id,
      intakeKeyId: key.createIntakeKey.intakeKey.id,
    };
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const actor = (as: Case['as']): LoggedIn => (as === 'vendor' ? vendor.admin : partner.admin);

  async function expectRefusedNamingField(c: Case): Promise<void> {
    const answer = await api.graphql(c.query, c.variables(targets), actor(c.as).token);
    const error = answer.errors?.[0];
    const context = `${c.wrong}: ${JSON.stringify(answer).slice(0, 600)}`;
    expect([context, answer.data ?? null]).toEqual([context, null]);
    if (c.graphql) {
      expect([context, error?.extensions.code]).toEqual([
        context,
        expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/),
      ]);
      expect([context, error?.message]).toEqual([context, expect.stringContaining(c.field)]);
    } else {
      expect([context, error?.extensions.code, error?.extensions.field]).toEqual([context, 'BAD_USER_INPUT', c.field]);
    }
  }

  it.each(Object.entries(CASES))('%s refuses bad input naming the field and writes nothing', async (_mutation, cases) => {
    expect(cases.length).toBeGreaterThan(0);
    const before = await snapshot(vendor.tenant.id);
    for (const c of cases) await expectRefusedNamingField(c);
    expect(await snapshot(vendor.tenant.id)).toEqual(before);
  });

  it.each(QUERY_CASES.map((c) => [c.wrong, c] as const))('%s is refused naming the argument', async (_wrong, c) => {
    await expectRefusedNamingField(c);
  });

  it('names real mutations: the table is checked against the schema', () => {
    const mutations = Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    expect(mutations).toEqual(expect.arrayContaining(Object.keys(CASES)));
  });
});
