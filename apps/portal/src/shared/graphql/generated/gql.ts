/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment IntakeKeyFields on IntakeKey {\n    id\n    name\n    prefix\n    source\n    sourceDetail\n    leadsCreated\n    lastUsedAt\n    createdAt\n    revokedAt\n  }\n": typeof types.IntakeKeyFieldsFragmentDoc,
    "\n  query IntakeKeys {\n    intakeKeys {\n      ...IntakeKeyFields\n    }\n  }\n": typeof types.IntakeKeysDocument,
    "\n  mutation CreateIntakeKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        ...IntakeKeyFields\n      }\n    }\n  }\n": typeof types.CreateIntakeKeyDocument,
    "\n  mutation RevokeIntakeKey($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      ...IntakeKeyFields\n    }\n  }\n": typeof types.RevokeIntakeKeyDocument,
    "\n  fragment TenantMemberFields on Member {\n    id\n    role\n    createdAt\n    partner {\n      id\n      name\n    }\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.TenantMemberFieldsFragmentDoc,
    "\n  query TenantMembers($after: String) {\n    members(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TenantMemberFields\n      }\n    }\n  }\n": typeof types.TenantMembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query MemberPartners {\n    partners(first: 100, statuses: [ACTIVE, PAUSED, INVITED]) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MemberPartnersDocument,
    "\n  fragment ReasonCodeFields on ReasonCode {\n    id\n    key\n    kind\n    followUp\n    commentRequired\n    retired\n    labels {\n      locale\n      text\n    }\n  }\n": typeof types.ReasonCodeFieldsFragmentDoc,
    "\n  query ReasonCatalogue($kind: ReasonCodeKind) {\n    reasonCodes(kind: $kind, includeRetired: true) {\n      ...ReasonCodeFields\n    }\n  }\n": typeof types.ReasonCatalogueDocument,
    "\n  mutation CreateReasonCode($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n": typeof types.CreateReasonCodeDocument,
    "\n  mutation UpdateReasonCode($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n": typeof types.UpdateReasonCodeDocument,
    "\n  mutation RetireReasonCode($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodeFields\n    }\n  }\n": typeof types.RetireReasonCodeDocument,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    workingDays\n    dayStart\n    dayEnd\n    holidays\n    acceptanceHours\n    acceptanceHoursByTier {\n      gold\n      silver\n      bronze\n    }\n    firstContactHours\n    escalationHours\n    remindAtHalfway\n    reminderHoursBeforeDeadline\n  }\n": typeof types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledReason\n    disabledAt\n    lastSuccessAt\n    consecutiveFailures\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($after: String) {\n    webhookEndpoints(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.EnableWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.DisableWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": typeof types.WebhookEventTypesDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      leadId\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  query InboxCount {\n    offers(filter: { status: [PENDING] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.InboxCountDocument,
    "\n  query PendingOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        leadId\n        mode\n        allowedActions\n        offeredAt\n        expiresAt\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          budget\n          timeframe\n          score\n          grade\n          cell\n          source\n        }\n      }\n    }\n  }\n": typeof types.PendingOffersDocument,
    "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n": typeof types.OfferDeadlinePreviewDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    stage\n    progressStage\n    score\n    grade\n    source\n    createdAt\n    acceptedAt\n    nextStepAt\n    company {\n      name\n      city\n      country\n    }\n    owner {\n      name\n    }\n    holdingPartner {\n      name\n    }\n  }\n": typeof types.LeadRowFragmentDoc,
    "\n  fragment LeadDetail on Lead {\n    id\n    version\n    allowedActions\n    stage\n    progressStage\n    score\n    grade\n    source\n    sourceDetail\n    createdAt\n    acceptedAt\n    closedAt\n    lastProgressAt\n    nextStepAt\n    existingCustomer\n    pendingFollowUp\n    lostToCompetitor\n    owner {\n      id\n      name\n    }\n    holdingPartner {\n      id\n      name\n    }\n    contact {\n      firstName\n      lastName\n      email\n      phone\n      position\n      decisionMaker\n    }\n    company {\n      name\n      street\n      postalCode\n      city\n      country\n      industry\n      employeeBand\n      website\n    }\n    interest {\n      requestType\n      productLine\n      description\n      budget\n      timeframe\n    }\n    won {\n      amount\n      currency\n      closedOn\n    }\n    duplicates {\n      leadId\n      companyName\n      stage\n      matchedOn\n    }\n    events {\n      id\n      type\n      occurredAt\n      actorName\n      actorOrganisation\n      partner {\n        name\n      }\n      comment\n      data\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n": typeof types.LeadDetailFragmentDoc,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.RecordProgressDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.AssignLeadDocument,
    "\n  mutation CloseLeadWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.CloseLeadWonDocument,
    "\n  mutation CloseLeadLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.CloseLeadLostDocument,
    "\n  mutation ReturnLead($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.ReturnLeadDocument,
    "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.QualifyLeadDocument,
    "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.DisqualifyLeadDocument,
    "\n  mutation NurtureLead($input: NurtureLeadInput!) {\n    nurtureLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.NurtureLeadDocument,
    "\n  mutation RouteDirect($input: RouteDirectInput!) {\n    routeDirect(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.RouteDirectDocument,
    "\n  mutation DistributeLead($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": typeof types.DistributeLeadDocument,
    "\n  mutation WithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      ...LeadDetail\n    }\n  }\n": typeof types.WithdrawRoundDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 50) {\n      nodes {\n        id\n        roundId\n        status\n        mode\n        offeredAt\n        expiresAt\n        allowedActions\n        partner {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadOffersDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.WithdrawOfferDocument,
    "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetail\n    }\n  }\n": typeof types.LeadDocument,
    "\n  query Leads($filter: LeadFilter, $orderBy: LeadOrder!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LeadRow\n      }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query ActivePartners {\n    partners(statuses: [ACTIVE], first: 100) {\n      nodes {\n        id\n        name\n        tier\n        city\n      }\n    }\n  }\n": typeof types.ActivePartnersDocument,
    "\n  query PartnerNames {\n    partners(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.PartnerNamesDocument,
    "\n  query Members($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    city\n    tier\n    status\n    capacity\n    competencies\n    territories {\n      country\n      postalCodePrefixes\n    }\n    createdAt\n    version\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  query Partners($statuses: [PartnerStatus!], $after: String) {\n    partners(statuses: $statuses, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerFields\n      }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  query FailedMailCount {\n    failedNotifications(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.FailedMailCountDocument,
    "\n  query FailedMails($after: String) {\n    failedNotifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        email\n        attempts\n        lastError\n        leadId\n        createdAt\n      }\n    }\n  }\n": typeof types.FailedMailsDocument,
    "\n  query QueueCounts {\n    unplaced: leads(filter: { stages: [UNPLACED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    returned: leads(filter: { stages: [RETURNED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    stale: staleLeads(first: 1) {\n      totalCount\n      totalCountExact\n    }\n    nurture: leads(filter: { stages: [NURTURING, LOST, DISQUALIFIED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n": typeof types.QueueCountsDocument,
    "\n  query QueueLeads($stages: [LeadStage!]!, $after: String) {\n    leads(filter: { stages: $stages }, first: 10, after: $after, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n": typeof types.QueueLeadsDocument,
    "\n  query StaleLeads($after: String) {\n    staleLeads(first: 10, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n": typeof types.StaleLeadsDocument,
    "\n  fragment QueueLead on Lead {\n    id\n    stage\n    updatedAt\n    acceptedAt\n    pendingFollowUp\n    company {\n      name\n      city\n    }\n    holdingPartner {\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      comment\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n": typeof types.QueueLeadFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      enabled\n      disabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      enabled\n      disabled\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query TeamMembers($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  mutation InviteMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query ReasonCodes($kind: ReasonCodeKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      key\n      labels {\n        locale\n        text\n      }\n      commentRequired\n      followUp\n    }\n  }\n": typeof types.ReasonCodesDocument,
    "\n  mutation Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n        locale\n      }\n      membership {\n        id\n        role\n        tenant {\n          id\n          name\n          locale\n          timeZone\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMySettingsDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.SetPasswordDocument,
    "\n  fragment IntakeKeyFields on IntakeKey {\n    id\n    name\n    prefix\n    source\n    sourceDetail\n    leadsCreated\n    lastUsedAt\n    createdAt\n    revokedAt\n  }\n": types.IntakeKeyFieldsFragmentDoc,
    "\n  query IntakeKeys {\n    intakeKeys {\n      ...IntakeKeyFields\n    }\n  }\n": types.IntakeKeysDocument,
    "\n  mutation CreateIntakeKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        ...IntakeKeyFields\n      }\n    }\n  }\n": types.CreateIntakeKeyDocument,
    "\n  mutation RevokeIntakeKey($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      ...IntakeKeyFields\n    }\n  }\n": types.RevokeIntakeKeyDocument,
    "\n  fragment TenantMemberFields on Member {\n    id\n    role\n    createdAt\n    partner {\n      id\n      name\n    }\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.TenantMemberFieldsFragmentDoc,
    "\n  query TenantMembers($after: String) {\n    members(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TenantMemberFields\n      }\n    }\n  }\n": types.TenantMembersDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  query MemberPartners {\n    partners(first: 100, statuses: [ACTIVE, PAUSED, INVITED]) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MemberPartnersDocument,
    "\n  fragment ReasonCodeFields on ReasonCode {\n    id\n    key\n    kind\n    followUp\n    commentRequired\n    retired\n    labels {\n      locale\n      text\n    }\n  }\n": types.ReasonCodeFieldsFragmentDoc,
    "\n  query ReasonCatalogue($kind: ReasonCodeKind) {\n    reasonCodes(kind: $kind, includeRetired: true) {\n      ...ReasonCodeFields\n    }\n  }\n": types.ReasonCatalogueDocument,
    "\n  mutation CreateReasonCode($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n": types.CreateReasonCodeDocument,
    "\n  mutation UpdateReasonCode($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n": types.UpdateReasonCodeDocument,
    "\n  mutation RetireReasonCode($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodeFields\n    }\n  }\n": types.RetireReasonCodeDocument,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    workingDays\n    dayStart\n    dayEnd\n    holidays\n    acceptanceHours\n    acceptanceHoursByTier {\n      gold\n      silver\n      bronze\n    }\n    firstContactHours\n    escalationHours\n    remindAtHalfway\n    reminderHoursBeforeDeadline\n  }\n": types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledReason\n    disabledAt\n    lastSuccessAt\n    consecutiveFailures\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($after: String) {\n    webhookEndpoints(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.EnableWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.DisableWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": types.WebhookEventTypesDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      leadId\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  query InboxCount {\n    offers(filter: { status: [PENDING] }, first: 1) {\n      totalCount\n    }\n  }\n": types.InboxCountDocument,
    "\n  query PendingOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        leadId\n        mode\n        allowedActions\n        offeredAt\n        expiresAt\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          budget\n          timeframe\n          score\n          grade\n          cell\n          source\n        }\n      }\n    }\n  }\n": types.PendingOffersDocument,
    "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n": types.OfferDeadlinePreviewDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    stage\n    progressStage\n    score\n    grade\n    source\n    createdAt\n    acceptedAt\n    nextStepAt\n    company {\n      name\n      city\n      country\n    }\n    owner {\n      name\n    }\n    holdingPartner {\n      name\n    }\n  }\n": types.LeadRowFragmentDoc,
    "\n  fragment LeadDetail on Lead {\n    id\n    version\n    allowedActions\n    stage\n    progressStage\n    score\n    grade\n    source\n    sourceDetail\n    createdAt\n    acceptedAt\n    closedAt\n    lastProgressAt\n    nextStepAt\n    existingCustomer\n    pendingFollowUp\n    lostToCompetitor\n    owner {\n      id\n      name\n    }\n    holdingPartner {\n      id\n      name\n    }\n    contact {\n      firstName\n      lastName\n      email\n      phone\n      position\n      decisionMaker\n    }\n    company {\n      name\n      street\n      postalCode\n      city\n      country\n      industry\n      employeeBand\n      website\n    }\n    interest {\n      requestType\n      productLine\n      description\n      budget\n      timeframe\n    }\n    won {\n      amount\n      currency\n      closedOn\n    }\n    duplicates {\n      leadId\n      companyName\n      stage\n      matchedOn\n    }\n    events {\n      id\n      type\n      occurredAt\n      actorName\n      actorOrganisation\n      partner {\n        name\n      }\n      comment\n      data\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n": types.LeadDetailFragmentDoc,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.RecordProgressDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.AssignLeadDocument,
    "\n  mutation CloseLeadWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.CloseLeadWonDocument,
    "\n  mutation CloseLeadLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.CloseLeadLostDocument,
    "\n  mutation ReturnLead($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.ReturnLeadDocument,
    "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.QualifyLeadDocument,
    "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.DisqualifyLeadDocument,
    "\n  mutation NurtureLead($input: NurtureLeadInput!) {\n    nurtureLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.NurtureLeadDocument,
    "\n  mutation RouteDirect($input: RouteDirectInput!) {\n    routeDirect(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.RouteDirectDocument,
    "\n  mutation DistributeLead($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n": types.DistributeLeadDocument,
    "\n  mutation WithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      ...LeadDetail\n    }\n  }\n": types.WithdrawRoundDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 50) {\n      nodes {\n        id\n        roundId\n        status\n        mode\n        offeredAt\n        expiresAt\n        allowedActions\n        partner {\n          name\n        }\n      }\n    }\n  }\n": types.LeadOffersDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.WithdrawOfferDocument,
    "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetail\n    }\n  }\n": types.LeadDocument,
    "\n  query Leads($filter: LeadFilter, $orderBy: LeadOrder!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LeadRow\n      }\n    }\n  }\n": types.LeadsDocument,
    "\n  query ActivePartners {\n    partners(statuses: [ACTIVE], first: 100) {\n      nodes {\n        id\n        name\n        tier\n        city\n      }\n    }\n  }\n": types.ActivePartnersDocument,
    "\n  query PartnerNames {\n    partners(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.PartnerNamesDocument,
    "\n  query Members($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    city\n    tier\n    status\n    capacity\n    competencies\n    territories {\n      country\n      postalCodePrefixes\n    }\n    createdAt\n    version\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  query Partners($statuses: [PartnerStatus!], $after: String) {\n    partners(statuses: $statuses, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerFields\n      }\n    }\n  }\n": types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  query FailedMailCount {\n    failedNotifications(first: 1) {\n      totalCount\n    }\n  }\n": types.FailedMailCountDocument,
    "\n  query FailedMails($after: String) {\n    failedNotifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        email\n        attempts\n        lastError\n        leadId\n        createdAt\n      }\n    }\n  }\n": types.FailedMailsDocument,
    "\n  query QueueCounts {\n    unplaced: leads(filter: { stages: [UNPLACED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    returned: leads(filter: { stages: [RETURNED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    stale: staleLeads(first: 1) {\n      totalCount\n      totalCountExact\n    }\n    nurture: leads(filter: { stages: [NURTURING, LOST, DISQUALIFIED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n": types.QueueCountsDocument,
    "\n  query QueueLeads($stages: [LeadStage!]!, $after: String) {\n    leads(filter: { stages: $stages }, first: 10, after: $after, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n": types.QueueLeadsDocument,
    "\n  query StaleLeads($after: String) {\n    staleLeads(first: 10, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n": types.StaleLeadsDocument,
    "\n  fragment QueueLead on Lead {\n    id\n    stage\n    updatedAt\n    acceptedAt\n    pendingFollowUp\n    company {\n      name\n      city\n    }\n    holdingPartner {\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      comment\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n": types.QueueLeadFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      enabled\n      disabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      enabled\n      disabled\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query TeamMembers($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  mutation InviteMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query ReasonCodes($kind: ReasonCodeKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      key\n      labels {\n        locale\n        text\n      }\n      commentRequired\n      followUp\n    }\n  }\n": types.ReasonCodesDocument,
    "\n  mutation Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere)\n  }\n": types.LogoutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n        locale\n      }\n      membership {\n        id\n        role\n        tenant {\n          id\n          name\n          locale\n          timeZone\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMySettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeKeyFields on IntakeKey {\n    id\n    name\n    prefix\n    source\n    sourceDetail\n    leadsCreated\n    lastUsedAt\n    createdAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment IntakeKeyFields on IntakeKey {\n    id\n    name\n    prefix\n    source\n    sourceDetail\n    leadsCreated\n    lastUsedAt\n    createdAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeKeys {\n    intakeKeys {\n      ...IntakeKeyFields\n    }\n  }\n"): (typeof documents)["\n  query IntakeKeys {\n    intakeKeys {\n      ...IntakeKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntakeKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        ...IntakeKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntakeKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        ...IntakeKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeIntakeKey($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      ...IntakeKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeIntakeKey($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      ...IntakeKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantMemberFields on Member {\n    id\n    role\n    createdAt\n    partner {\n      id\n      name\n    }\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment TenantMemberFields on Member {\n    id\n    role\n    createdAt\n    partner {\n      id\n      name\n    }\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantMembers($after: String) {\n    members(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TenantMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantMembers($after: String) {\n    members(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TenantMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...TenantMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPartners {\n    partners(first: 100, statuses: [ACTIVE, PAUSED, INVITED]) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPartners {\n    partners(first: 100, statuses: [ACTIVE, PAUSED, INVITED]) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReasonCodeFields on ReasonCode {\n    id\n    key\n    kind\n    followUp\n    commentRequired\n    retired\n    labels {\n      locale\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment ReasonCodeFields on ReasonCode {\n    id\n    key\n    kind\n    followUp\n    commentRequired\n    retired\n    labels {\n      locale\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonCatalogue($kind: ReasonCodeKind) {\n    reasonCodes(kind: $kind, includeRetired: true) {\n      ...ReasonCodeFields\n    }\n  }\n"): (typeof documents)["\n  query ReasonCatalogue($kind: ReasonCodeKind) {\n    reasonCodes(kind: $kind, includeRetired: true) {\n      ...ReasonCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReasonCode($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReasonCode($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReasonCode($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReasonCode($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireReasonCode($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireReasonCode($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    workingDays\n    dayStart\n    dayEnd\n    holidays\n    acceptanceHours\n    acceptanceHoursByTier {\n      gold\n      silver\n      bronze\n    }\n    firstContactHours\n    escalationHours\n    remindAtHalfway\n    reminderHoursBeforeDeadline\n  }\n"): (typeof documents)["\n  fragment TenantSettingsFields on TenantSettings {\n    timeZone\n    workingDays\n    dayStart\n    dayEnd\n    holidays\n    acceptanceHours\n    acceptanceHoursByTier {\n      gold\n      silver\n      bronze\n    }\n    firstContactHours\n    escalationHours\n    remindAtHalfway\n    reminderHoursBeforeDeadline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledReason\n    disabledAt\n    lastSuccessAt\n    consecutiveFailures\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledReason\n    disabledAt\n    lastSuccessAt\n    consecutiveFailures\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($after: String) {\n    webhookEndpoints(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints($after: String) {\n    webhookEndpoints(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        eventType\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      leadId\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      leadId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCount {\n    offers(filter: { status: [PENDING] }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InboxCount {\n    offers(filter: { status: [PENDING] }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        leadId\n        mode\n        allowedActions\n        offeredAt\n        expiresAt\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          budget\n          timeframe\n          score\n          grade\n          cell\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        leadId\n        mode\n        allowedActions\n        offeredAt\n        expiresAt\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          budget\n          timeframe\n          score\n          grade\n          cell\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRow on Lead {\n    id\n    stage\n    progressStage\n    score\n    grade\n    source\n    createdAt\n    acceptedAt\n    nextStepAt\n    company {\n      name\n      city\n      country\n    }\n    owner {\n      name\n    }\n    holdingPartner {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadRow on Lead {\n    id\n    stage\n    progressStage\n    score\n    grade\n    source\n    createdAt\n    acceptedAt\n    nextStepAt\n    company {\n      name\n      city\n      country\n    }\n    owner {\n      name\n    }\n    holdingPartner {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadDetail on Lead {\n    id\n    version\n    allowedActions\n    stage\n    progressStage\n    score\n    grade\n    source\n    sourceDetail\n    createdAt\n    acceptedAt\n    closedAt\n    lastProgressAt\n    nextStepAt\n    existingCustomer\n    pendingFollowUp\n    lostToCompetitor\n    owner {\n      id\n      name\n    }\n    holdingPartner {\n      id\n      name\n    }\n    contact {\n      firstName\n      lastName\n      email\n      phone\n      position\n      decisionMaker\n    }\n    company {\n      name\n      street\n      postalCode\n      city\n      country\n      industry\n      employeeBand\n      website\n    }\n    interest {\n      requestType\n      productLine\n      description\n      budget\n      timeframe\n    }\n    won {\n      amount\n      currency\n      closedOn\n    }\n    duplicates {\n      leadId\n      companyName\n      stage\n      matchedOn\n    }\n    events {\n      id\n      type\n      occurredAt\n      actorName\n      actorOrganisation\n      partner {\n        name\n      }\n      comment\n      data\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeadDetail on Lead {\n    id\n    version\n    allowedActions\n    stage\n    progressStage\n    score\n    grade\n    source\n    sourceDetail\n    createdAt\n    acceptedAt\n    closedAt\n    lastProgressAt\n    nextStepAt\n    existingCustomer\n    pendingFollowUp\n    lostToCompetitor\n    owner {\n      id\n      name\n    }\n    holdingPartner {\n      id\n      name\n    }\n    contact {\n      firstName\n      lastName\n      email\n      phone\n      position\n      decisionMaker\n    }\n    company {\n      name\n      street\n      postalCode\n      city\n      country\n      industry\n      employeeBand\n      website\n    }\n    interest {\n      requestType\n      productLine\n      description\n      budget\n      timeframe\n    }\n    won {\n      amount\n      currency\n      closedOn\n    }\n    duplicates {\n      leadId\n      companyName\n      stage\n      matchedOn\n    }\n    events {\n      id\n      type\n      occurredAt\n      actorName\n      actorOrganisation\n      partner {\n        name\n      }\n      comment\n      data\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLeadWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLeadWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLeadLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLeadLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnLead($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnLead($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NurtureLead($input: NurtureLeadInput!) {\n    nurtureLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation NurtureLead($input: NurtureLeadInput!) {\n    nurtureLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteDirect($input: RouteDirectInput!) {\n    routeDirect(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RouteDirect($input: RouteDirectInput!) {\n    routeDirect(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistributeLead($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DistributeLead($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 50) {\n      nodes {\n        id\n        roundId\n        status\n        mode\n        offeredAt\n        expiresAt\n        allowedActions\n        partner {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 50) {\n      nodes {\n        id\n        roundId\n        status\n        mode\n        offeredAt\n        expiresAt\n        allowedActions\n        partner {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetail\n    }\n  }\n"): (typeof documents)["\n  query Lead($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($filter: LeadFilter, $orderBy: LeadOrder!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LeadRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leads($filter: LeadFilter, $orderBy: LeadOrder!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LeadRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivePartners {\n    partners(statuses: [ACTIVE], first: 100) {\n      nodes {\n        id\n        name\n        tier\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivePartners {\n    partners(statuses: [ACTIVE], first: 100) {\n      nodes {\n        id\n        name\n        tier\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNames {\n    partners(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerNames {\n    partners(first: 100) {\n      nodes {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id\n    name\n    city\n    tier\n    status\n    capacity\n    competencies\n    territories {\n      country\n      postalCodePrefixes\n    }\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Partner {\n    id\n    name\n    city\n    tier\n    status\n    capacity\n    competencies\n    territories {\n      country\n      postalCodePrefixes\n    }\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($statuses: [PartnerStatus!], $after: String) {\n    partners(statuses: $statuses, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partners($statuses: [PartnerStatus!], $after: String) {\n    partners(statuses: $statuses, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PartnerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMailCount {\n    failedNotifications(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FailedMailCount {\n    failedNotifications(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMails($after: String) {\n    failedNotifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        email\n        attempts\n        lastError\n        leadId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedMails($after: String) {\n    failedNotifications(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        email\n        attempts\n        lastError\n        leadId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueCounts {\n    unplaced: leads(filter: { stages: [UNPLACED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    returned: leads(filter: { stages: [RETURNED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    stale: staleLeads(first: 1) {\n      totalCount\n      totalCountExact\n    }\n    nurture: leads(filter: { stages: [NURTURING, LOST, DISQUALIFIED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n"): (typeof documents)["\n  query QueueCounts {\n    unplaced: leads(filter: { stages: [UNPLACED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    returned: leads(filter: { stages: [RETURNED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n    stale: staleLeads(first: 1) {\n      totalCount\n      totalCountExact\n    }\n    nurture: leads(filter: { stages: [NURTURING, LOST, DISQUALIFIED] }, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueLeads($stages: [LeadStage!]!, $after: String) {\n    leads(filter: { stages: $stages }, first: 10, after: $after, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueLeads($stages: [LeadStage!]!, $after: String) {\n    leads(filter: { stages: $stages }, first: 10, after: $after, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleLeads($after: String) {\n    staleLeads(first: 10, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaleLeads($after: String) {\n    staleLeads(first: 10, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...QueueLead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueLead on Lead {\n    id\n    stage\n    updatedAt\n    acceptedAt\n    pendingFollowUp\n    company {\n      name\n      city\n    }\n    holdingPartner {\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      comment\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QueueLead on Lead {\n    id\n    stage\n    updatedAt\n    acceptedAt\n    pendingFollowUp\n    company {\n      name\n      city\n    }\n    holdingPartner {\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      comment\n      reasonCode {\n        key\n        labels {\n          locale\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      enabled\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      enabled\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      enabled\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      enabled\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonCodes($kind: ReasonCodeKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      key\n      labels {\n        locale\n        text\n      }\n      commentRequired\n      followUp\n    }\n  }\n"): (typeof documents)["\n  query ReasonCodes($kind: ReasonCodeKind!) {\n    reasonCodes(kind: $kind) {\n      id\n      key\n      labels {\n        locale\n        text\n      }\n      commentRequired\n      followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere)\n  }\n"): (typeof documents)["\n  mutation Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n        locale\n      }\n      membership {\n        id\n        role\n        tenant {\n          id\n          name\n          locale\n          timeZone\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n        locale\n      }\n      membership {\n        id\n        role\n        tenant {\n          id\n          name\n          locale\n          timeZone\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;