import { randomUUID } from 'node:crypto';
import type { AbilityRules, Action, SubjectType } from '@leadrelay/core';
import { SESSION_CACHE_MS } from '@leadrelay/identity';
import { aLead, aQualifiedLead, anAcceptedLead, distribute, pendingOfferOf } from '../factories/lead.factories';
import { type LoggedIn, type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { declaredPolicies } from '../support/endpoint-policies';
import { codeOf, gql } from '../support/graphql-results';
import { MovableClock } from '../support/movable-clock';
import { type TestApi, createTestApi } from '../support/test-api';
import type { DocumentNode } from 'graphql';
import { graphql } from '../support/graphql/generated';
import type { CreateReasonCodeInput } from '../support/graphql/generated/graphql';

/**
 * Every endpoint's declared policy is the check that runs. For each query and mutation that
 * declares `can <verb> <Subject>` (with or without "(record)"), an actor who may make the call is
 * given exactly one rule less, `cannot(<verb>, <Subject>)`, and is refused (FORBIDDEN, or NOT_FOUND
 * for a record it may then not see); the same call without that one missing rule goes through.
 * A new endpoint with such a policy fails the completeness test until it has a case here.
 */

/** The rules taken away for the next call; empty: the real rules. */
let denied: [Action, SubjectType][] = [];
/**
 * An actor's ability is built once per session check (SessionCache, 1 s): the clock moves past it
 * whenever `denied` changes, so that the next call builds its ability with the rules as they are now.
 */
const clock = new MovableClock();
function deny(rules: [Action, SubjectType][]): void {
  denied = rules;
  clock.advance(SESSION_CACHE_MS + 1);
}
const withoutDenied: AbilityRules = (_actor, { cannot }) => {
  for (const [action, subject] of denied) cannot(action, subject);
};

interface World {
  api: TestApi;
  vendor: VendorTeam;
  partner: PartnerTeam;
}

interface Operation {
  query: DocumentNode;
  variables?: Record<string, unknown>;
}

/** Who makes the call, and the call, on records made fresh for it. */
interface Case {
  as: (world: World) => LoggedIn;
  prepare: (world: World) => Promise<Operation>;
}

const unique = () => randomUUID().slice(0, 8);
const constant = (operation: Operation) => () => Promise.resolve(operation);

/** A lead the partner's admin holds, ACCEPTED. */
const heldLead = async ({ api, vendor, partner }: World) =>
  (await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.admin)).lead;

/** A pending offer to the partner. */
const pendingOffer = async ({ api, vendor, partner }: World) => {
  const lead = await aQualifiedLead(vendor.tenant);
  await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
  return pendingOfferOf(api, partner.admin.token, lead.id);
};

const aWebhookEndpoint = async ({ api, vendor }: World): Promise<string> =>
  (
    await gql(
      api,
      graphql(`
        mutation PolicyRefusalsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $input) {
            endpoint {
              id
            }
          }
        }
      `),
      { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['lead.won'] } },
      vendor.admin.token,
    )
  ).createWebhookEndpoint.endpoint.id;

const aMemberId = async ({ api, vendor }: World): Promise<string> =>
  (
    await gql(
      api,
      graphql(`
        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {
          addMember(input: $input) {
            id
          }
        }
      `),
      { input: { email: `new-${unique()}@example.com`, name: 'Neu Mitglied', role: 'MARKETING' } },
      vendor.admin.token,
    )
  ).addMember.id;

const aReasonCodeId = async ({ api, vendor }: World): Promise<string> =>
  (
    await gql(
      api,
      graphql(`
        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {
          createReasonCode(input: $input) {
            id
          }
        }
      `),
      { input: reasonCodeInput() },
      vendor.admin.token,
    )
  ).createReasonCode.id;

function reasonCodeInput(): CreateReasonCodeInput {
  return {
    kind: 'DECLINE',
    key: `CODE_${unique().toUpperCase()}`,
    labels: [
      { locale: 'DE', text: 'Grund' },
      { locale: 'EN', text: 'Reason' },
    ],
    followUp: 'RE_OFFER',
  };
}

const SCHEDULE_ABSENCE = graphql(`
  mutation PolicyRefusalsSchedulePartnerAbsence($input: SchedulePartnerAbsenceInput!) {
    schedulePartnerAbsence(input: $input) {
      id
    }
  }
`);

/** A week's absence of the partner, a year ahead (so that no test's offers are held by it). */
const anAbsence = ({ partner }: World) => {
  const startsAt = new Date(Date.now() + 365 * 86_400_000);
  return {
    partnerId: partner.partner.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 7 * 86_400_000).toISOString(),
  };
};

const admin = (w: World) => w.vendor.admin;
const channel = (w: World) => w.vendor.channel;
const marketing = (w: World) => w.vendor.marketing;
const partnerAdmin = (w: World) => w.partner.admin;

const CASES: Record<string, Case> = {
  'Query.partners': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsPartners {
          partners {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Query.partner': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        query PolicyRefusalsPartner($id: ID!) {
          partner(id: $id) {
            id
          }
        }
      `),
      variables: { id: w.partner.partner.id },
    }),
  },
  'Mutation.createPartner': {
    as: admin,
    prepare: async () => ({
      query: graphql(`
        mutation PolicyRefusalsCreatePartner($input: CreatePartnerInput!) {
          createPartner(input: $input) {
            id
          }
        }
      `),
      variables: { input: { name: `Partner ${unique()}` } },
    }),
  },
  'Mutation.updatePartner': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsUpdatePartner($input: UpdatePartnerInput!) {
          updatePartner(input: $input) {
            id
          }
        }
      `),
      variables: { input: { id: w.partner.partner.id, competencies: ['Wärmepumpen'] } },
    }),
  },

  'Query.members': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsMembers {
          members {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Mutation.addMember': {
    as: admin,
    prepare: async () => ({
      query: graphql(`
        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {
          addMember(input: $input) {
            id
          }
        }
      `),
      variables: { input: { email: `new-${unique()}@example.com`, name: 'Neu Mitglied', role: 'MARKETING' } },
    }),
  },
  'Mutation.resendInvitation': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsResendInvitation($id: ID!) {
          resendInvitation(id: $id)
        }
      `),
      variables: { id: await aMemberId(w) },
    }),
  },
  'Mutation.updateMember': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsUpdateMember($input: UpdateMemberInput!) {
          updateMember(input: $input) {
            id
          }
        }
      `),
      variables: { input: { id: await aMemberId(w), role: 'CHANNEL_MANAGER' } },
    }),
  },
  'Mutation.removeMember': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRemoveMember($id: ID!) {
          removeMember(id: $id)
        }
      `),
      variables: { id: await aMemberId(w) },
    }),
  },

  'Query.leads': {
    as: marketing,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsLeads {
          leads {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Query.lead': {
    as: marketing,
    prepare: async (w) => ({
      query: graphql(`
        query PolicyRefusalsLead($id: ID!) {
          lead(id: $id) {
            id
          }
        }
      `),
      variables: { id: (await aLead(w.vendor.tenant)).id },
    }),
  },
  'Mutation.createLead': {
    as: marketing,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsCreateLead($input: CreateLeadInput!) {
          createLead(input: $input) {
            id
          }
        }
      `),
      variables: {
        input: { source: 'TRADE_FAIR', company: { name: 'Messe GmbH', country: 'DE' }, contact: { lastName: 'Meier' } },
      },
    }),
  },
  'Mutation.updateLead': {
    as: marketing,
    prepare: async (w) => {
      const lead = await aLead(w.vendor.tenant);
      return {
        query: graphql(`
          mutation PolicyRefusalsUpdateLead($input: UpdateLeadInput!) {
            updateLead(input: $input) {
              id
            }
          }
        `),
        variables: { input: { id: lead.id, version: lead.version, interest: { timeframe: 'Q3' } } },
      };
    },
  },
  'Mutation.qualifyLead': {
    as: marketing,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsQualifyLead($input: QualifyLeadInput!) {
          qualifyLead(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await aLead(w.vendor.tenant)).id, score: 70, grade: 'B' } },
    }),
  },
  'Mutation.disqualifyLead': {
    as: marketing,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsDisqualifyLead($input: DisqualifyLeadInput!) {
          disqualifyLead(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await aLead(w.vendor.tenant)).id, reasonCode: 'NOT_TARGET_GROUP' } },
    }),
  },
  'Mutation.nurtureLead': {
    as: marketing,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsNurtureLead($input: NurtureLeadInput!) {
          nurtureLead(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await aLead(w.vendor.tenant)).id } },
    }),
  },
  'Mutation.routeDirect': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRouteDirect($input: RouteDirectInput!) {
          routeDirect(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await aQualifiedLead(w.vendor.tenant)).id, userId: w.vendor.direct.user.id } },
    }),
  },
  'Mutation.distributeLead': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsDistributeLead($input: DistributeLeadInput!) {
          distributeLead(input: $input) {
            id
          }
        }
      `),
      variables: {
        input: { leadId: (await aQualifiedLead(w.vendor.tenant)).id, partnerIds: [w.partner.partner.id], mode: 'EXCLUSIVE' },
      },
    }),
  },
  'Mutation.withdrawRound': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsWithdrawRound($id: ID!) {
          withdrawRound(id: $id) {
            id
          }
        }
      `),
      variables: { id: (await pendingOffer(w)).roundId },
    }),
  },
  'Mutation.assignLead': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsAssignLead($input: AssignLeadInput!) {
          assignLead(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await heldLead(w)).id, userId: w.partner.sales.user.id } },
    }),
  },
  'Mutation.recordProgress': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRecordProgress($input: RecordProgressInput!) {
          recordProgress(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await heldLead(w)).id, stage: 'CONTACTED' } },
    }),
  },
  'Mutation.returnLead': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsReturnLead($input: ReturnLeadInput!) {
          returnLead(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await heldLead(w)).id, reasonCode: 'NOT_A_LEAD' } },
    }),
  },
  'Mutation.closeLeadWon': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsCloseLeadWon($input: CloseLeadWonInput!) {
          closeLeadWon(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await heldLead(w)).id, amount: 12_000, currency: 'EUR', closedOn: '2026-01-15' } },
    }),
  },
  'Mutation.closeLeadLost': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsCloseLeadLost($input: CloseLeadLostInput!) {
          closeLeadLost(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await heldLead(w)).id, reasonCode: 'NO_BUDGET' } },
    }),
  },

  'Query.offers': {
    as: partnerAdmin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsOffers {
          offers {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Mutation.acceptOffer': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsAcceptOffer($id: ID!) {
          acceptOffer(id: $id) {
            id
          }
        }
      `),
      variables: { id: (await pendingOffer(w)).id },
    }),
  },
  'Mutation.declineOffer': {
    as: partnerAdmin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsDeclineOffer($input: DeclineOfferInput!) {
          declineOffer(input: $input) {
            id
          }
        }
      `),
      variables: { input: { offerId: (await pendingOffer(w)).id, reasonCode: 'NO_CAPACITY' } },
    }),
  },
  'Mutation.withdrawOffer': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsWithdrawOffer($id: ID!) {
          withdrawOffer(id: $id) {
            id
          }
        }
      `),
      variables: { id: (await pendingOffer(w)).id },
    }),
  },

  'Mutation.recordEngagement': {
    as: marketing,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRecordEngagement($input: RecordEngagementInput!) {
          recordEngagement(input: $input) {
            id
          }
        }
      `),
      variables: { input: { leadId: (await aLead(w.vendor.tenant)).id, kind: 'WEBINAR' } },
    }),
  },
  'Query.scoringModel': {
    as: marketing,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsScoringModel {
          scoringModel {
            version
          }
        }
      `),
    }),
  },
  'Mutation.updateScoringModel': {
    as: admin,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsUpdateScoringModel($input: UpdateScoringModelInput!) {
          updateScoringModel(input: $input) {
            version
          }
        }
      `),
      variables: {
        input: {
          groups: [],
          engagement: [],
          engagementCap: 10,
          grades: { a: 75, b: 50, c: 25 },
          levels: { one: 60, two: 30 },
        },
      },
    }),
  },

  'Query.reasonCodes': {
    as: (w) => w.partner.sales,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsReasonCodes {
          reasonCodes {
            key
          }
        }
      `),
    }),
  },
  'Mutation.createReasonCode': {
    as: admin,
    prepare: async () => ({
      query: graphql(`
        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {
          createReasonCode(input: $input) {
            id
          }
        }
      `),
      variables: { input: reasonCodeInput() },
    }),
  },
  'Mutation.updateReasonCode': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsUpdateReasonCode($input: UpdateReasonCodeInput!) {
          updateReasonCode(input: $input) {
            id
          }
        }
      `),
      variables: { input: { id: await aReasonCodeId(w), commentRequired: true } },
    }),
  },
  'Mutation.retireReasonCode': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRetireReasonCode($id: ID!) {
          retireReasonCode(id: $id) {
            id
          }
        }
      `),
      variables: { id: await aReasonCodeId(w) },
    }),
  },

  'Query.intakeKeys': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsIntakeKeys {
          intakeKeys {
            id
          }
        }
      `),
    }),
  },
  'Mutation.createIntakeKey': {
    as: admin,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsCreateIntakeKey($input: CreateIntakeKeyInput!) {
          createIntakeKey(input: $input) {
            secret
          }
        }
      `),
      variables: { input: { name: 'Website', source: 'WEB_FORM' } },
    }),
  },
  'Mutation.revokeIntakeKey': {
    as: admin,
    prepare: async ({ api, vendor }) => {
      const created = await gql(
        api,
        graphql(`
          mutation PolicyRefusalsCreateIntakeKey2($input: CreateIntakeKeyInput!) {
            createIntakeKey(input: $input) {
              intakeKey {
                id
              }
            }
          }
        `),
        { input: { name: 'Messe', source: 'TRADE_FAIR' } },
        vendor.admin.token,
      );
      return {
        query: graphql(`
          mutation PolicyRefusalsRevokeIntakeKey($id: ID!) {
            revokeIntakeKey(id: $id) {
              id
            }
          }
        `),
        variables: { id: created.createIntakeKey.intakeKey.id },
      };
    },
  },

  'Query.candidatePartners': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        query PolicyRefusalsCandidatePartners($leadId: ID!) {
          candidatePartners(leadId: $leadId) {
            leadId
          }
        }
      `),
      variables: { leadId: (await aQualifiedLead(w.vendor.tenant)).id },
    }),
  },
  'Query.routingPolicy': {
    as: channel,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsRoutingPolicy {
          routingPolicy {
            __typename
          }
        }
      `),
    }),
  },
  'Mutation.updateRoutingPolicy': {
    as: admin,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsUpdateRoutingPolicy($input: UpdateRoutingPolicyInput!) {
          updateRoutingPolicy(input: $input) {
            __typename
          }
        }
      `),
      variables: { input: { maxRounds: 3 } },
    }),
  },
  'Query.partnerAbsences': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        query PolicyRefusalsPartnerAbsences($partnerId: ID!) {
          partnerAbsences(partnerId: $partnerId) {
            id
          }
        }
      `),
      variables: { partnerId: w.partner.partner.id },
    }),
  },
  'Mutation.schedulePartnerAbsence': {
    as: channel,
    prepare: async (w) => ({
      query: SCHEDULE_ABSENCE,
      variables: { input: anAbsence(w) },
    }),
  },
  'Mutation.cancelPartnerAbsence': {
    as: channel,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsCancelPartnerAbsence($id: ID!) {
          cancelPartnerAbsence(id: $id) {
            id
          }
        }
      `),
      variables: {
        id: (await gql(w.api, SCHEDULE_ABSENCE, { input: anAbsence(w) }, w.vendor.channel.token)).schedulePartnerAbsence.id,
      },
    }),
  },

  'Query.tenantSettings': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsTenantSettings {
          tenantSettings {
            __typename
          }
        }
      `),
    }),
  },
  'Query.offerDeadlinePreview': {
    as: ({ vendor }) => vendor.channel,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsOfferDeadlinePreview {
          offerDeadlinePreview {
            tier
          }
        }
      `),
    }),
  },
  'Mutation.updateTenantSettings': {
    as: admin,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsUpdateTenantSettings($input: UpdateTenantSettingsInput!) {
          updateTenantSettings(input: $input) {
            __typename
          }
        }
      `),
      variables: { input: { workingDays: [1, 2, 3, 4, 5] } },
    }),
  },
  'Query.failedNotifications': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsFailedNotifications {
          failedNotifications {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Query.staleLeads': {
    as: channel,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsStaleLeads {
          staleLeads {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },

  'Query.webhookEndpoints': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsWebhookEndpoints {
          webhookEndpoints {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Query.webhookEventTypes': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsWebhookEventTypes {
          webhookEventTypes
        }
      `),
    }),
  },
  'Query.webhookDeliveries': {
    as: admin,
    prepare: constant({
      query: graphql(`
        query PolicyRefusalsWebhookDeliveries {
          webhookDeliveries {
            nodes {
              id
            }
          }
        }
      `),
    }),
  },
  'Mutation.createWebhookEndpoint': {
    as: admin,
    prepare: constant({
      query: graphql(`
        mutation PolicyRefusalsCreateWebhookEndpoint2($input: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $input) {
            secret
          }
        }
      `),
      variables: { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['lead.won'] } },
    }),
  },
  'Mutation.updateWebhookEndpoint': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
          updateWebhookEndpoint(input: $input) {
            id
          }
        }
      `),
      variables: { input: { id: await aWebhookEndpoint(w), eventTypes: ['lead.lost'] } },
    }),
  },
  'Mutation.disableWebhookEndpoint': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsDisableWebhookEndpoint($id: ID!) {
          disableWebhookEndpoint(id: $id) {
            id
          }
        }
      `),
      variables: { id: await aWebhookEndpoint(w) },
    }),
  },
  'Mutation.enableWebhookEndpoint': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsEnableWebhookEndpoint($id: ID!) {
          enableWebhookEndpoint(id: $id) {
            id
          }
        }
      `),
      variables: { id: await aWebhookEndpoint(w) },
    }),
  },
  'Mutation.rotateWebhookSecret': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsRotateWebhookSecret($id: ID!) {
          rotateWebhookSecret(id: $id) {
            secret
          }
        }
      `),
      variables: { id: await aWebhookEndpoint(w) },
    }),
  },
  'Mutation.sendTestWebhook': {
    as: admin,
    prepare: async (w) => ({
      query: graphql(`
        mutation PolicyRefusalsSendTestWebhook($id: ID!) {
          sendTestWebhook(id: $id) {
            id
          }
        }
      `),
      variables: { id: await aWebhookEndpoint(w) },
    }),
  },
};

describe('every declared policy is the check that runs', () => {
  let world: World;
  let policies: ReturnType<typeof declaredPolicies>;

  beforeAll(async () => {
    const api = await createTestApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, [], { extraAbilityRules: [withoutDenied], clock });
    const vendor = await aVendorTeam(api);
    world = { api, vendor, partner: await aPartnerTeam(api, vendor.tenant) };
    policies = declaredPolicies(api.app);
  });

  afterEach(() => {
    deny([]);
  });

  afterAll(() => world.api.close());

  it('has a case for every endpoint whose policy names a verb', () => {
    const withVerb = Object.entries(policies)
      .filter(([, policy]) => policy?.kind === 'can' || policy?.kind === 'canOnRecord')
      .map(([field]) => field);
    expect(Object.keys(CASES).sort()).toEqual(withVerb.sort());
  });

  it.each(Object.keys(CASES))('%s: refused without its rule, and allowed with it', async (field) => {
    const policy = policies[field];
    if (policy?.kind !== 'can' && policy?.kind !== 'canOnRecord') throw new Error(`${field} declares no verb`);
    const { as, prepare } = CASES[field]!;
    const actor = as(world);

    const first = await prepare(world);
    deny([[policy.action, policy.subject]]);
    const refused = await world.api.graphql(...args(first, actor));
    expect(codeOf(refused)).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);

    deny([]);
    const second = await prepare(world);
    const allowed = await world.api.graphql(...args(second, actor));
    expect(allowed.errors).toBeUndefined();
  });
});

function args(operation: Operation, actor: LoggedIn): [DocumentNode, Record<string, unknown> | undefined, string] {
  return [operation.query, operation.variables, actor.token];
}
