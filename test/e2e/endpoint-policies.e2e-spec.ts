import { describePolicy } from '@leadrelay/core';
import { declaredPolicies, servedFields } from '../support/endpoint-policies';
import { type TestApi, createTestApi } from '../support/test-api';

/**
 * Who may call what, in one list. Every query and mutation of the served schema must appear here
 * with the policy its resolver declares: a new endpoint without a policy fails this test, and a
 * change to this list is reviewed as a change of permissions.
 */
const EXPECTED_POLICIES: Record<string, string> = {
  'Mutation.login': 'public',
  'Mutation.refreshSession': 'public',
  'Mutation.logout': 'authenticated',
  // Answer true whatever the e-mail; the token from the mail is the proof.
  'Mutation.requestPasswordReset': 'public',
  'Mutation.setPassword': 'public',
  'Query.me': 'authenticated',
  // The own user account: language of the portal and of the mails.
  'Mutation.updateMySettings': 'authenticated',

  'Query.partners': 'can read Partner',
  'Query.partner': 'can read Partner (record)',
  'Mutation.createPartner': 'can create Partner',
  'Mutation.updatePartner': 'can update Partner (record)',

  'Query.members': 'can read Membership (record)',
  'Mutation.addMember': 'can create Membership (record)',
  'Mutation.resendInvitation': 'can create Membership (record)',
  'Mutation.updateMember': 'can update Membership (record)',
  'Mutation.removeMember': 'can delete Membership (record)',

  'Query.leads': 'can read Lead',
  'Query.lead': 'can read Lead (record)',
  'Mutation.createLead': 'can create Lead',
  'Mutation.updateLead': 'can update Lead (record)',
  'Mutation.qualifyLead': 'can qualify Lead (record)',
  'Mutation.disqualifyLead': 'can disqualify Lead (record)',
  'Mutation.nurtureLead': 'can nurture Lead (record)',
  'Mutation.routeDirect': 'can routeDirect Lead (record)',
  'Mutation.distributeLead': 'can distribute Lead (record)',
  'Mutation.withdrawRound': 'can withdraw Lead (record)',
  'Mutation.assignLead': 'can assign Lead (record)',
  'Mutation.recordProgress': 'can progress Lead (record)',
  'Mutation.returnLead': 'can return Lead (record)',
  'Mutation.closeLeadWon': 'can closeWon Lead (record)',
  'Mutation.closeLeadLost': 'can closeLost Lead (record)',
  // Vendor curators record engagements on leads whose data they may change; partners cannot.
  'Mutation.recordEngagement': 'can update Lead (record)',

  // Vendor users read the scoring model; only the vendor admin saves a new version.
  'Query.scoringModel': 'can read ScoringModel',
  'Mutation.updateScoringModel': 'can update ScoringModel',

  // A partner user reads its own partner's offers only.
  'Query.offers': 'can read Offer',
  'Mutation.acceptOffer': 'can accept Offer (record)',
  'Mutation.declineOffer': 'can decline Offer (record)',
  'Mutation.withdrawOffer': 'can withdraw Offer (record)',

  // Every user of a tenant reads its reason codes (to decline, return, close).
  'Query.reasonCodes': 'can read ReasonCode',
  'Mutation.createReasonCode': 'can create ReasonCode',
  'Mutation.updateReasonCode': 'can update ReasonCode (record)',
  'Mutation.retireReasonCode': 'can update ReasonCode (record)',

  'Query.intakeKeys': 'can read IntakeKey',
  'Mutation.createIntakeKey': 'can create IntakeKey',
  'Mutation.revokeIntakeKey': 'can update IntakeKey (record)',

  // Routing: candidates for whoever may distribute the lead; absences also by the partner admin for its own partner.
  'Query.candidatePartners': 'can distribute Lead (record)',
  'Query.routingPolicy': 'can read RoutingPolicy',
  'Mutation.updateRoutingPolicy': 'can update RoutingPolicy',
  'Query.partnerAbsences': 'can read PartnerAbsence',
  'Mutation.schedulePartnerAbsence': 'can create PartnerAbsence (record)',
  'Mutation.cancelPartnerAbsence': 'can delete PartnerAbsence (record)',

  'Query.tenantSettings': 'can read Tenant',
  'Query.offerDeadlinePreview': 'can read Tenant',
  'Mutation.updateTenantSettings': 'can update Tenant',

  // Own preferences only; failed notifications are the vendor admin's.
  'Query.notificationPreferences': 'authenticated',
  'Mutation.updateNotificationPreferences': 'authenticated',
  'Query.failedNotifications': 'can read Notification',
  // Leads nobody works are the vendor users' to watch.
  'Query.staleLeads': 'can read Escalation',

  // Vendor admins only; another tenant's endpoint or delivery is NOT_FOUND.
  'Query.webhookEndpoints': 'can read WebhookEndpoint',
  'Query.webhookEventTypes': 'can read WebhookEndpoint',
  'Query.webhookDeliveries': 'can read WebhookEndpoint',
  'Mutation.createWebhookEndpoint': 'can create WebhookEndpoint',
  'Mutation.updateWebhookEndpoint': 'can update WebhookEndpoint (record)',
  'Mutation.disableWebhookEndpoint': 'can update WebhookEndpoint (record)',
  'Mutation.enableWebhookEndpoint': 'can update WebhookEndpoint (record)',
  'Mutation.rotateWebhookSecret': 'can update WebhookEndpoint (record)',
  'Mutation.sendTestWebhook': 'can update WebhookEndpoint (record)',
};

describe('endpoint policies', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(() => api.close());

  it('finds a resolver handler for every query and mutation the schema serves', () => {
    expect(Object.keys(declaredPolicies(api.app)).sort()).toEqual(servedFields(api.app).sort());
  });

  it('declares for every query and mutation exactly the policy listed here', () => {
    const declared = declaredPolicies(api.app);
    const served = Object.fromEntries(servedFields(api.app).map((field) => [field, describePolicy(declared[field])]));
    expect(served).toEqual(EXPECTED_POLICIES);
  });
});
