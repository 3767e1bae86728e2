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
    "\n  mutation AutomaticReofferUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n    }\n  }\n": typeof types.AutomaticReofferUpdatePolicyDocument,
    "\n  mutation AutomaticReofferCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.AutomaticReofferCreateLeadDocument,
    "\n  mutation AutomaticRoutingUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n      fallbackPartnerId\n      rules {\n        key\n        action\n        count\n        required\n        conditions {\n          field\n          operator\n          values\n          min\n          max\n        }\n      }\n    }\n  }\n": typeof types.AutomaticRoutingUpdatePolicyDocument,
    "\n  query AutomaticRoutingPolicy {\n    routingPolicy {\n      mode\n      rules {\n        key\n      }\n      fallbackPartnerId\n    }\n  }\n": typeof types.AutomaticRoutingPolicyDocument,
    "\n  mutation AutomaticRoutingCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.AutomaticRoutingCreateLeadDocument,
    "\n  query AutomaticRoutingLead($id: ID!) {\n    lead(id: $id) {\n      id\n      stage\n      owner {\n        id\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n": typeof types.AutomaticRoutingLeadDocument,
    "\n  mutation AutomaticRoutingQualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.AutomaticRoutingQualifyLeadDocument,
    "\n  query AutomaticRoutingOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        status\n        roundId\n      }\n    }\n  }\n": typeof types.AutomaticRoutingOffersDocument,
    "\n  mutation BadInputAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": typeof types.BadInputAddMemberDocument,
    "\n  mutation BadInputUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n    }\n  }\n": typeof types.BadInputUpdateMemberDocument,
    "\n  mutation BadInputRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.BadInputRemoveMemberDocument,
    "\n  mutation BadInputCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.BadInputCreatePartnerDocument,
    "\n  mutation BadInputUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.BadInputUpdatePartnerDocument,
    "\n  query BadInputPartner($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.BadInputPartnerDocument,
    "\n  query BadInputPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.BadInputPartnersDocument,
    "\n  query BadInputMembers($partnerId: ID) {\n    members(partnerId: $partnerId) {\n      totalCount\n    }\n  }\n": typeof types.BadInputMembersDocument,
    "\n  mutation BadInputLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.BadInputLoginDocument,
    "\n  mutation BulkSameAsOneUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n": typeof types.BulkSameAsOneUpdatePolicyDocument,
    "\n  mutation BulkIntakeUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n": typeof types.BulkIntakeUpdatePolicyDocument,
    "\n  mutation BulkIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.BulkIntakeCreateKeyDocument,
    "\n  query CandidatePartnersList($leadId: ID!, $language: Locale) {\n    candidatePartners(leadId: $leadId, language: $language) {\n      leadId\n      consentGiven\n      widenedTo\n      wideningLabel\n      candidates {\n        rank\n        partner {\n          id\n          name\n        }\n        fits {\n          reason\n          detail\n          label\n        }\n        ranking {\n          share\n          received\n          deficit\n          availableSince\n          label\n          weight {\n            tierWeight\n            performanceFactor\n            weight\n            windowDays\n          }\n        }\n      }\n      excluded {\n        partner {\n          id\n          name\n        }\n        reason\n        detail\n        label\n      }\n    }\n  }\n": typeof types.CandidatePartnersListDocument,
    "\n  mutation CandidatePartnersUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n": typeof types.CandidatePartnersUpdatePolicyDocument,
    "\n  query CandidatePartnersPolicy {\n    routingPolicy {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n": typeof types.CandidatePartnersPolicyDocument,
    "\n  mutation CandidatePartnersScheduleAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n      partnerId\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.CandidatePartnersScheduleAbsenceDocument,
    "\n  mutation CandidatePartnersCancelAbsence($id: ID!) {\n    cancelPartnerAbsence(id: $id) {\n      id\n    }\n  }\n": typeof types.CandidatePartnersCancelAbsenceDocument,
    "\n  mutation CandidatePartnersDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.CandidatePartnersDeclineDocument,
    "\n  query CandidatePartnersWeight($id: ID!) {\n    partner(id: $id) {\n      id\n      routingWeight {\n        tierWeight\n        performanceFactor\n        weight\n      }\n    }\n  }\n": typeof types.CandidatePartnersWeightDocument,
    "\n        mutation DemoDeadlineDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            stage\n          }\n        }\n      ": typeof types.DemoDeadlineDistributeLeadDocument,
    "\n            query DemoDeadlineLead($id: ID!) {\n              lead(id: $id) {\n                stage\n              }\n            }\n          ": typeof types.DemoDeadlineLeadDocument,
    "\n  query DemoRoutingInbox {\n    offers(filter: { status: [PENDING] }) {\n      nodes {\n        status\n      }\n    }\n  }\n": typeof types.DemoRoutingInboxDocument,
    "\n  mutation HostileInputCreateKey {\n    createIntakeKey(input: { name: \"Fuzz form\", source: WEB_FORM }) {\n      secret\n    }\n  }\n": typeof types.HostileInputCreateKeyDocument,
    "\n  query InboxOrderOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 2, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        leadId\n      }\n    }\n  }\n": typeof types.InboxOrderOffersDocument,
    "\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InvitationPasswordAddDocument,
    "\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n": typeof types.InvitationPasswordResendDocument,
    "\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.InvitationPasswordSetPasswordDocument,
    "\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.InvitationPasswordRequestResetDocument,
    "\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InvitationPasswordMeDocument,
    "\n      query IsolationPartner($id: ID!) {\n        partner(id: $id) {\n          id\n          name\n        }\n      }\n    ": typeof types.IsolationPartnerDocument,
    "\n      mutation IsolationUpdatePartner($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.IsolationUpdatePartnerDocument,
    "\n      query IsolationMembers($partnerId: ID) {\n        members(partnerId: $partnerId) {\n          nodes {\n            id\n            user {\n              email\n            }\n          }\n        }\n      }\n    ": typeof types.IsolationMembersDocument,
    "\n      mutation IsolationAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          id\n        }\n      }\n    ": typeof types.IsolationAddMemberDocument,
    "\n      mutation IsolationUpdateMember($input: UpdateMemberInput!) {\n        updateMember(input: $input) {\n          id\n          role\n        }\n      }\n    ": typeof types.IsolationUpdateMemberDocument,
    "\n      mutation IsolationRemoveMember($id: ID!) {\n        removeMember(id: $id)\n      }\n    ": typeof types.IsolationRemoveMemberDocument,
    "\n    mutation LeadBadInputCreateLead($input: CreateLeadInput!) {\n      createLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputCreateLeadDocument,
    "\n    mutation LeadBadInputUpdateLead($input: UpdateLeadInput!) {\n      updateLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputUpdateLeadDocument,
    "\n    mutation LeadBadInputQualifyLead($input: QualifyLeadInput!) {\n      qualifyLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputQualifyLeadDocument,
    "\n    mutation LeadBadInputDisqualifyLead($input: DisqualifyLeadInput!) {\n      disqualifyLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputDisqualifyLeadDocument,
    "\n    mutation LeadBadInputNurtureLead($input: NurtureLeadInput!) {\n      nurtureLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputNurtureLeadDocument,
    "\n    mutation LeadBadInputRouteDirect($input: RouteDirectInput!) {\n      routeDirect(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputRouteDirectDocument,
    "\n    mutation LeadBadInputDistributeLead($input: DistributeLeadInput!) {\n      distributeLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputDistributeLeadDocument,
    "\n    mutation LeadBadInputWithdrawRound($id: ID!) {\n      withdrawRound(id: $id) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputWithdrawRoundDocument,
    "\n    mutation LeadBadInputWithdrawOffer($id: ID!) {\n      withdrawOffer(id: $id) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputWithdrawOfferDocument,
    "\n    mutation LeadBadInputAcceptOffer($id: ID!) {\n      acceptOffer(id: $id) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputAcceptOfferDocument,
    "\n    mutation LeadBadInputDeclineOffer($input: DeclineOfferInput!) {\n      declineOffer(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputDeclineOfferDocument,
    "\n    mutation LeadBadInputAssignLead($input: AssignLeadInput!) {\n      assignLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputAssignLeadDocument,
    "\n    mutation LeadBadInputRecordProgress($input: RecordProgressInput!) {\n      recordProgress(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputRecordProgressDocument,
    "\n    mutation LeadBadInputReturnLead($input: ReturnLeadInput!) {\n      returnLead(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputReturnLeadDocument,
    "\n    mutation LeadBadInputCloseLeadWon($input: CloseLeadWonInput!) {\n      closeLeadWon(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputCloseLeadWonDocument,
    "\n    mutation LeadBadInputCloseLeadLost($input: CloseLeadLostInput!) {\n      closeLeadLost(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputCloseLeadLostDocument,
    "\n    mutation LeadBadInputCreateReasonCode($input: CreateReasonCodeInput!) {\n      createReasonCode(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputCreateReasonCodeDocument,
    "\n    mutation LeadBadInputUpdateReasonCode($input: UpdateReasonCodeInput!) {\n      updateReasonCode(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputUpdateReasonCodeDocument,
    "\n    mutation LeadBadInputRetireReasonCode($id: ID!) {\n      retireReasonCode(id: $id) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputRetireReasonCodeDocument,
    "\n    mutation LeadBadInputCreateIntakeKey($input: CreateIntakeKeyInput!) {\n      createIntakeKey(input: $input) {\n        secret\n      }\n    }\n  ": typeof types.LeadBadInputCreateIntakeKeyDocument,
    "\n    mutation LeadBadInputRevokeIntakeKey($id: ID!) {\n      revokeIntakeKey(id: $id) {\n        id\n      }\n    }\n  ": typeof types.LeadBadInputRevokeIntakeKeyDocument,
    "\n    mutation LeadBadInputUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        acceptanceHours\n      }\n    }\n  ": typeof types.LeadBadInputUpdateTenantSettingsDocument,
    "\n      query LeadBadInputLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n        }\n      }\n    ": typeof types.LeadBadInputLeadsDocument,
    "\n      query LeadBadInputLeads2($filter: LeadFilter) {\n        leads(filter: $filter) {\n          totalCount\n        }\n      }\n    ": typeof types.LeadBadInputLeads2Document,
    "\n      query LeadBadInputOffers($filter: OfferFilter) {\n        offers(filter: $filter) {\n          totalCount\n        }\n      }\n    ": typeof types.LeadBadInputOffersDocument,
    "\n      query LeadBadInputReasonCodes($kind: ReasonCodeKind) {\n        reasonCodes(kind: $kind) {\n          key\n        }\n      }\n    ": typeof types.LeadBadInputReasonCodesDocument,
    "\n        mutation LeadBadInputCreateIntakeKey2 {\n          createIntakeKey(input: { name: \"Website\", source: WEB_FORM }) {\n            intakeKey {\n              id\n            }\n          }\n        }\n      ": typeof types.LeadBadInputCreateIntakeKey2Document,
    "\n  query LeadCount($filter: LeadFilter) {\n    leads(first: 5, filter: $filter) {\n      totalCount\n      totalCountExact\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LeadCountDocument,
    "\n        mutation LeadCreatedWebhookCreateWebhookEndpoint {\n          createWebhookEndpoint(input: { url: \"http://127.0.0.1:9/hooks\", eventTypes: [\"lead.created\", \"lead.updated\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": typeof types.LeadCreatedWebhookCreateWebhookEndpointDocument,
    "\n        mutation LeadCreatedWebhookCreateLead {\n          createLead(\n            input: { source: WEB_FORM, company: { name: \"Webhook GmbH\", country: \"DE\" }, contact: { lastName: \"Hook\" } }\n          ) {\n            id\n            version\n          }\n        }\n      ": typeof types.LeadCreatedWebhookCreateLeadDocument,
    "\n        mutation LeadCreatedWebhookUpdateLead($input: UpdateLeadInput!) {\n          updateLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.LeadCreatedWebhookUpdateLeadDocument,
    "\n  mutation LeadDataCreate($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      existingCustomer\n      version\n    }\n  }\n": typeof types.LeadDataCreateDocument,
    "\n  mutation LeadDataUpdate($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      version\n      company {\n        name\n      }\n    }\n  }\n": typeof types.LeadDataUpdateDocument,
    "\n  mutation LeadDataQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.LeadDataQualifyDocument,
    "\n  query LeadDataDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      company {\n        name\n      }\n      contact {\n        email\n      }\n      duplicates {\n        leadId\n        matchedOn\n        companyName\n        stage\n        createdAt\n      }\n    }\n  }\n": typeof types.LeadDataDuplicatesDocument,
    "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.LeadDistributionReturnDocument,
    "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n": typeof types.LeadDistributionUpdateSettingsDocument,
    "\n  query LeadGradeFilterLeads($filter: LeadFilter) {\n    leads(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        id\n        grade\n      }\n    }\n  }\n": typeof types.LeadGradeFilterLeadsDocument,
    "\n  mutation LeadHoldingPartnerAssign($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      id\n      stage\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LeadHoldingPartnerAssignDocument,
    "\n  mutation LeadHoldingPartnerProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n      lastProgressAt\n      nextStepAt\n    }\n  }\n": typeof types.LeadHoldingPartnerProgressDocument,
    "\n  mutation LeadHoldingPartnerWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      closedAt\n      won {\n        amount\n        currency\n        closedOn\n      }\n      holdingPartner {\n        id\n      }\n    }\n  }\n": typeof types.LeadHoldingPartnerWonDocument,
    "\n  mutation LeadHoldingPartnerLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n      closedAt\n      lostToCompetitor\n      holdingPartner {\n        id\n      }\n    }\n  }\n": typeof types.LeadHoldingPartnerLostDocument,
    "\n  query LeadHoldingPartnerLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LeadHoldingPartnerLeadIdsDocument,
    "\n  query LeadHoldingPartnerEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n        }\n        data\n        actorOrganisation\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadHoldingPartnerEventsDocument,
    "\n            query LeadHoldingPartnerLead($id: ID!) {\n              lead(id: $id) {\n                id\n              }\n            }\n          ": typeof types.LeadHoldingPartnerLeadDocument,
    "\n        query LeadHoldingPartnerLeads {\n          leads(filter: { stages: [LOST] }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.LeadHoldingPartnerLeadsDocument,
    "\n        mutation LeadHoldingPartnerNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            stage\n          }\n        }\n      ": typeof types.LeadHoldingPartnerNurtureLeadDocument,
    "\n  mutation LeadIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        id\n        name\n        source\n        sourceDetail\n        prefix\n        leadsCreated\n        lastUsedAt\n        revokedAt\n        createdAt\n      }\n    }\n  }\n": typeof types.LeadIntakeCreateKeyDocument,
    "\n  query LeadIntakeKeys {\n    intakeKeys {\n      id\n      name\n      source\n      sourceDetail\n      prefix\n      leadsCreated\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": typeof types.LeadIntakeKeysDocument,
    "\n  mutation LeadIntakeRevoke($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.LeadIntakeRevokeDocument,
    "\n      query LeadIsolationLead($id: ID!) {\n        lead(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationLeadDocument,
    "\n      query LeadIsolationLeads($partnerId: ID!) {\n        leads(filter: { partnerId: $partnerId }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.LeadIsolationLeadsDocument,
    "\n      query LeadIsolationOffers($leadId: ID!) {\n        offers(filter: { leadId: $leadId }) {\n          nodes {\n            id\n          }\n          totalCount\n        }\n      }\n    ": typeof types.LeadIsolationOffersDocument,
    "\n      mutation LeadIsolationUpdateLead($input: UpdateLeadInput!) {\n        updateLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationUpdateLeadDocument,
    "\n      mutation LeadIsolationQualifyLead($input: QualifyLeadInput!) {\n        qualifyLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationQualifyLeadDocument,
    "\n      mutation LeadIsolationDisqualifyLead($input: DisqualifyLeadInput!) {\n        disqualifyLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationDisqualifyLeadDocument,
    "\n      mutation LeadIsolationNurtureLead($input: NurtureLeadInput!) {\n        nurtureLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationNurtureLeadDocument,
    "\n      mutation LeadIsolationRouteDirect($input: RouteDirectInput!) {\n        routeDirect(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationRouteDirectDocument,
    "\n      mutation LeadIsolationDistributeLead($input: DistributeLeadInput!) {\n        distributeLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationDistributeLeadDocument,
    "\n      mutation LeadIsolationWithdrawRound($id: ID!) {\n        withdrawRound(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationWithdrawRoundDocument,
    "\n      mutation LeadIsolationWithdrawOffer($id: ID!) {\n        withdrawOffer(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationWithdrawOfferDocument,
    "\n      mutation LeadIsolationAcceptOffer($id: ID!) {\n        acceptOffer(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationAcceptOfferDocument,
    "\n      mutation LeadIsolationDeclineOffer($input: DeclineOfferInput!) {\n        declineOffer(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationDeclineOfferDocument,
    "\n      mutation LeadIsolationAssignLead($input: AssignLeadInput!) {\n        assignLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationAssignLeadDocument,
    "\n      mutation LeadIsolationRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationRecordProgressDocument,
    "\n      mutation LeadIsolationReturnLead($input: ReturnLeadInput!) {\n        returnLead(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationReturnLeadDocument,
    "\n      mutation LeadIsolationCloseLeadWon($input: CloseLeadWonInput!) {\n        closeLeadWon(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationCloseLeadWonDocument,
    "\n      mutation LeadIsolationCloseLeadLost($input: CloseLeadLostInput!) {\n        closeLeadLost(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationCloseLeadLostDocument,
    "\n      mutation LeadIsolationUpdateReasonCode($input: UpdateReasonCodeInput!) {\n        updateReasonCode(input: $input) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationUpdateReasonCodeDocument,
    "\n      mutation LeadIsolationRetireReasonCode($id: ID!) {\n        retireReasonCode(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationRetireReasonCodeDocument,
    "\n      mutation LeadIsolationRevokeIntakeKey($id: ID!) {\n        revokeIntakeKey(id: $id) {\n          id\n        }\n      }\n    ": typeof types.LeadIsolationRevokeIntakeKeyDocument,
    "\n          mutation LeadIsolationCreateIntakeKey($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        ": typeof types.LeadIsolationCreateIntakeKeyDocument,
    "\n  mutation LeadLifecycleCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.LeadLifecycleCreateLeadDocument,
    "\n  mutation LeadLifecycleQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n    }\n  }\n": typeof types.LeadLifecycleQualifyDocument,
    "\n  mutation LeadLifecycleDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.LeadLifecycleDistributeDocument,
    "\n  query LeadLifecycleOffers($filter: OfferFilter) {\n    offers(filter: $filter, first: 20) {\n      nodes {\n        id\n        status\n        expiresAt\n        leadId\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadLifecycleOffersDocument,
    "\n  mutation LeadLifecycleAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      lead {\n        id\n        stage\n        contact {\n          email\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.LeadLifecycleAcceptDocument,
    "\n  mutation LeadLifecycleReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n      pendingFollowUp\n      holdingPartner {\n        name\n      }\n    }\n  }\n": typeof types.LeadLifecycleReturnDocument,
    "\n  mutation LeadLifecycleProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n    }\n  }\n": typeof types.LeadLifecycleProgressDocument,
    "\n  mutation LeadLifecycleWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      won {\n        amount\n        currency\n        closedOn\n      }\n    }\n  }\n": typeof types.LeadLifecycleWonDocument,
    "\n  query LeadLifecycleEvents($id: ID!) {\n    lead(id: $id) {\n      stage\n      events {\n        type\n        actorName\n        actorOrganisation\n        reasonCode {\n          key\n        }\n        data\n      }\n    }\n  }\n": typeof types.LeadLifecycleEventsDocument,
    "\n  query LeadLifecycleOfferHistory($filter: OfferFilter) {\n    offers(filter: $filter) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        history {\n          type\n          actorOrganisation\n          data\n        }\n      }\n    }\n  }\n": typeof types.LeadLifecycleOfferHistoryDocument,
    "\n  query LeadListPage($orderBy: LeadOrder!, $after: String) {\n    leads(first: 2, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.LeadListPageDocument,
    "\n  mutation LeadRescoreCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.LeadRescoreCreateLeadDocument,
    "\n  mutation LeadRescoreRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      scoring {\n        engagement\n        cell\n      }\n    }\n  }\n": typeof types.LeadRescoreRecordDocument,
    "\n  mutation LeadScoringCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.LeadScoringCreateKeyDocument,
    "\n  query LeadScoringLead($id: ID!, $language: Locale) {\n    lead(id: $id) {\n      id\n      stage\n      score\n      grade\n      version\n      scoring {\n        fit\n        engagement\n        grade\n        level\n        cell\n        modelVersion\n        overridden\n      }\n      scoreExplanation(language: $language) {\n        modelVersion\n        fit {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n        engagement {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n": typeof types.LeadScoringLeadDocument,
    "\n  mutation LeadScoringCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        engagement\n        cell\n      }\n    }\n  }\n": typeof types.LeadScoringCreateLeadDocument,
    "\n  mutation LeadScoringUpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        cell\n        modelVersion\n      }\n    }\n  }\n": typeof types.LeadScoringUpdateLeadDocument,
    "\n  mutation LeadScoringRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      stage\n      scoring {\n        engagement\n        level\n        cell\n      }\n    }\n  }\n": typeof types.LeadScoringRecordDocument,
    "\n  query LeadScoringModel($version: Int) {\n    scoringModel(version: $version) {\n      version\n      createdByName\n      groups {\n        key\n        axis\n        cap\n        rules {\n          key\n          field\n          operator\n          values\n          min\n          max\n          points\n        }\n      }\n      engagement {\n        kind\n        points\n        halfLifeDays\n      }\n      engagementCap\n      grades {\n        a\n        b\n        c\n      }\n      levels {\n        one\n        two\n      }\n      autoQualification {\n        fit\n        engagement\n      }\n    }\n  }\n": typeof types.LeadScoringModelDocument,
    "\n  mutation LeadScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) {\n      version\n      createdByName\n    }\n  }\n": typeof types.LeadScoringUpdateModelDocument,
    "\n  mutation LeadScoringQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n      scoring {\n        overridden\n        cell\n        fit\n      }\n    }\n  }\n": typeof types.LeadScoringQualifyDocument,
    "\n  query LeadScoringTeasers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        teaser {\n          score\n          grade\n          cell\n        }\n      }\n    }\n  }\n": typeof types.LeadScoringTeasersDocument,
    "\n        mutation LeadScoringAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      ": typeof types.LeadScoringAcceptOfferDocument,
    "\n  query LeadSearch($search: String!, $orderBy: LeadOrder! = NEWEST) {\n    leads(first: 50, filter: { search: $search }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        company {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadSearchDocument,
    "\n  query LeadStatementCountsOffers($first: Int!) {\n    offers(first: $first) {\n      nodes {\n        id\n        status\n        expiresAt\n        partner {\n          name\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        declineReason {\n          key\n          label\n          labels {\n            locale\n            text\n          }\n        }\n        lead {\n          id\n          stage\n          contact {\n            lastName\n            email\n          }\n          holdingPartner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          events {\n            type\n          }\n          duplicates {\n            leadId\n          }\n        }\n        history {\n          type\n          actorName\n          actorOrganisation\n          reasonCode {\n            key\n          }\n          data\n        }\n      }\n    }\n  }\n": typeof types.LeadStatementCountsOffersDocument,
    "\n  query LeadStatementCountsLeads($first: Int!) {\n    leads(first: $first) {\n      nodes {\n        id\n        stage\n        company {\n          name\n        }\n        events {\n          type\n          actorName\n          reasonCode {\n            key\n            label\n          }\n        }\n        duplicates {\n          leadId\n          matchedOn\n          companyName\n          stage\n        }\n        holdingPartner {\n          id\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadStatementCountsLeadsDocument,
    "\n      query LeadStatementCountsInbox($first: Int!) {\n        offers(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            status\n            offeredAt\n            expiresAt\n            mode\n            allowedActions\n            partner {\n              name\n            }\n            teaser {\n              companySize\n              industry\n              country\n              postalArea\n              city\n              productLine\n              requestType\n              timeframe\n              budget\n              score\n              grade\n              cell\n              source\n            }\n          }\n        }\n      }\n    ": typeof types.LeadStatementCountsInboxDocument,
    "\n      query LeadStatementCountsLeadsPage($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            stage\n            createdAt\n            company {\n              name\n              city\n            }\n            contact {\n              lastName\n              email\n            }\n            holdingPartner {\n              name\n            }\n            owner {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.LeadStatementCountsLeadsPageDocument,
    "\n      query LeadStatementCountsSearch($search: String!, $after: String) {\n        leads(first: 5, after: $after, filter: { search: $search }) {\n          totalCount\n          totalCountExact\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            endCursor\n          }\n          nodes {\n            id\n            company {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.LeadStatementCountsSearchDocument,
    "\n      query LeadStatementCountsLead($id: ID!) {\n        lead(id: $id) {\n          id\n          stage\n          company {\n            name\n          }\n          contact {\n            lastName\n            email\n          }\n          events {\n            type\n            occurredAt\n            actorName\n            actorOrganisation\n            reasonCode {\n              key\n            }\n          }\n        }\n      }\n    ": typeof types.LeadStatementCountsLeadDocument,
    "\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginMeDocument,
    "\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginRefreshDocument,
    "\n  mutation LoginLogout {\n    logout\n  }\n": typeof types.LoginLogoutDocument,
    "\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.LoginRemoveMemberDocument,
    "\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.MembersAddDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.MembersUpdateDocument,
    "\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.MembersRemoveDocument,
    "\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersMembersDocument,
    "\n  mutation MySettingsSave($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.MySettingsSaveDocument,
    "\n  query MySettingsMe {\n    me {\n      user {\n        locale\n      }\n    }\n  }\n": typeof types.MySettingsMeDocument,
    "\n        mutation NotificationMailSaveLanguage($input: UpdateMySettingsInput!) {\n          updateMySettings(input: $input) {\n            locale\n          }\n        }\n      ": typeof types.NotificationMailSaveLanguageDocument,
    "\n        mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.NotificationMailDeclineOfferDocument,
    "\n          mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n            declineOffer(input: $input) {\n              id\n            }\n          }\n        ": typeof types.NotificationMailDeclineOfferDocument,
    "\n        query NotificationMailFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n              kind\n              lastError\n            }\n          }\n        }\n      ": typeof types.NotificationMailFailedNotificationsDocument,
    "\n            query NotificationMailFailedNotifications2 {\n              failedNotifications {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.NotificationMailFailedNotifications2Document,
    "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n": typeof types.OfferDeadlinePreviewDocument,
    "\n  mutation OfferDeadlinePreviewUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      timeZone\n    }\n  }\n": typeof types.OfferDeadlinePreviewUpdateSettingsDocument,
    "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfferLeadVisibilityOffersDocument,
    "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": typeof types.OfferLeadVisibilityLeadDocument,
    "\n  mutation OfferTeaserReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n    }\n  }\n": typeof types.OfferTeaserReturnDocument,
    "\n  mutation OfferTeaserLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n    }\n  }\n": typeof types.OfferTeaserLostDocument,
    "\n  mutation OfferTeaserWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n    }\n  }\n": typeof types.OfferTeaserWithdrawOfferDocument,
    "\n  query OfferTeaserLead($id: ID!) {\n    lead(id: $id) {\n      id\n    }\n  }\n": typeof types.OfferTeaserLeadDocument,
    "\n  query OfferTeaserOfferView($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 10) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n        }\n        history {\n          type\n        }\n      }\n    }\n  }\n": typeof types.OfferTeaserOfferViewDocument,
    "\n  query OfferTeaserLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.OfferTeaserLeadIdsDocument,
    "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      ": typeof types.LoginDocument,
    "\n  mutation PartnerLoadDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.PartnerLoadDistributeDocument,
    "\n  mutation PartnerLoadAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PartnerLoadAcceptDocument,
    "\n  mutation PartnerLoadDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PartnerLoadDeclineDocument,
    "\n  mutation PartnerLoadWithdraw($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PartnerLoadWithdrawDocument,
    "\n  mutation PartnerLoadReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.PartnerLoadReturnDocument,
    "\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n": typeof types.PartnersFieldsFragmentDoc,
    "\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": typeof types.PartnersCreateDocument,
    "\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": typeof types.PartnersUpdateDocument,
    "\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnersPartnersDocument,
    "\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.PartnersPartnerDocument,
    "\n        mutation PolicyRefusalsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsCreateWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {\n          addMember(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsAddMemberDocument,
    "\n        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {\n          createReasonCode(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCreateReasonCodeDocument,
    "\n  mutation PolicyRefusalsSchedulePartnerAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n    }\n  }\n": typeof types.PolicyRefusalsSchedulePartnerAbsenceDocument,
    "\n        query PolicyRefusalsPartners {\n          partners {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsPartnersDocument,
    "\n        query PolicyRefusalsPartner($id: ID!) {\n          partner(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsPartnerDocument,
    "\n        mutation PolicyRefusalsCreatePartner($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCreatePartnerDocument,
    "\n        mutation PolicyRefusalsUpdatePartner($input: UpdatePartnerInput!) {\n          updatePartner(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdatePartnerDocument,
    "\n        query PolicyRefusalsMembers {\n          members {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsMembersDocument,
    "\n        mutation PolicyRefusalsResendInvitation($id: ID!) {\n          resendInvitation(id: $id)\n        }\n      ": typeof types.PolicyRefusalsResendInvitationDocument,
    "\n        mutation PolicyRefusalsUpdateMember($input: UpdateMemberInput!) {\n          updateMember(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateMemberDocument,
    "\n        mutation PolicyRefusalsRemoveMember($id: ID!) {\n          removeMember(id: $id)\n        }\n      ": typeof types.PolicyRefusalsRemoveMemberDocument,
    "\n        query PolicyRefusalsLeads {\n          leads {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsLeadsDocument,
    "\n        query PolicyRefusalsLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsLeadDocument,
    "\n        mutation PolicyRefusalsCreateLead($input: CreateLeadInput!) {\n          createLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCreateLeadDocument,
    "\n          mutation PolicyRefusalsUpdateLead($input: UpdateLeadInput!) {\n            updateLead(input: $input) {\n              id\n            }\n          }\n        ": typeof types.PolicyRefusalsUpdateLeadDocument,
    "\n        mutation PolicyRefusalsQualifyLead($input: QualifyLeadInput!) {\n          qualifyLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsQualifyLeadDocument,
    "\n        mutation PolicyRefusalsDisqualifyLead($input: DisqualifyLeadInput!) {\n          disqualifyLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsDisqualifyLeadDocument,
    "\n        mutation PolicyRefusalsNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsNurtureLeadDocument,
    "\n        mutation PolicyRefusalsRouteDirect($input: RouteDirectInput!) {\n          routeDirect(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsRouteDirectDocument,
    "\n        mutation PolicyRefusalsDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsDistributeLeadDocument,
    "\n        mutation PolicyRefusalsWithdrawRound($id: ID!) {\n          withdrawRound(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsWithdrawRoundDocument,
    "\n        mutation PolicyRefusalsAssignLead($input: AssignLeadInput!) {\n          assignLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsAssignLeadDocument,
    "\n        mutation PolicyRefusalsRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsRecordProgressDocument,
    "\n        mutation PolicyRefusalsReturnLead($input: ReturnLeadInput!) {\n          returnLead(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsReturnLeadDocument,
    "\n        mutation PolicyRefusalsCloseLeadWon($input: CloseLeadWonInput!) {\n          closeLeadWon(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCloseLeadWonDocument,
    "\n        mutation PolicyRefusalsCloseLeadLost($input: CloseLeadLostInput!) {\n          closeLeadLost(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCloseLeadLostDocument,
    "\n        query PolicyRefusalsOffers {\n          offers {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsOffersDocument,
    "\n        mutation PolicyRefusalsAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsAcceptOfferDocument,
    "\n        mutation PolicyRefusalsDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsDeclineOfferDocument,
    "\n        mutation PolicyRefusalsWithdrawOffer($id: ID!) {\n          withdrawOffer(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsWithdrawOfferDocument,
    "\n        mutation PolicyRefusalsRecordEngagement($input: RecordEngagementInput!) {\n          recordEngagement(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsRecordEngagementDocument,
    "\n        query PolicyRefusalsScoringModel {\n          scoringModel {\n            version\n          }\n        }\n      ": typeof types.PolicyRefusalsScoringModelDocument,
    "\n        mutation PolicyRefusalsUpdateScoringModel($input: UpdateScoringModelInput!) {\n          updateScoringModel(input: $input) {\n            version\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateScoringModelDocument,
    "\n        query PolicyRefusalsReasonCodes {\n          reasonCodes {\n            key\n          }\n        }\n      ": typeof types.PolicyRefusalsReasonCodesDocument,
    "\n        mutation PolicyRefusalsUpdateReasonCode($input: UpdateReasonCodeInput!) {\n          updateReasonCode(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateReasonCodeDocument,
    "\n        mutation PolicyRefusalsRetireReasonCode($id: ID!) {\n          retireReasonCode(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsRetireReasonCodeDocument,
    "\n        query PolicyRefusalsIntakeKeys {\n          intakeKeys {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsIntakeKeysDocument,
    "\n        mutation PolicyRefusalsCreateIntakeKey($input: CreateIntakeKeyInput!) {\n          createIntakeKey(input: $input) {\n            secret\n          }\n        }\n      ": typeof types.PolicyRefusalsCreateIntakeKeyDocument,
    "\n          mutation PolicyRefusalsCreateIntakeKey2($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyRefusalsCreateIntakeKey2Document,
    "\n          mutation PolicyRefusalsRevokeIntakeKey($id: ID!) {\n            revokeIntakeKey(id: $id) {\n              id\n            }\n          }\n        ": typeof types.PolicyRefusalsRevokeIntakeKeyDocument,
    "\n        query PolicyRefusalsCandidatePartners($leadId: ID!) {\n          candidatePartners(leadId: $leadId) {\n            leadId\n          }\n        }\n      ": typeof types.PolicyRefusalsCandidatePartnersDocument,
    "\n        query PolicyRefusalsRoutingPolicy {\n          routingPolicy {\n            __typename\n          }\n        }\n      ": typeof types.PolicyRefusalsRoutingPolicyDocument,
    "\n        mutation PolicyRefusalsUpdateRoutingPolicy($input: UpdateRoutingPolicyInput!) {\n          updateRoutingPolicy(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateRoutingPolicyDocument,
    "\n        query PolicyRefusalsPartnerAbsences($partnerId: ID!) {\n          partnerAbsences(partnerId: $partnerId) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsPartnerAbsencesDocument,
    "\n        mutation PolicyRefusalsCancelPartnerAbsence($id: ID!) {\n          cancelPartnerAbsence(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsCancelPartnerAbsenceDocument,
    "\n        query PolicyRefusalsTenantSettings {\n          tenantSettings {\n            __typename\n          }\n        }\n      ": typeof types.PolicyRefusalsTenantSettingsDocument,
    "\n        query PolicyRefusalsOfferDeadlinePreview {\n          offerDeadlinePreview {\n            tier\n          }\n        }\n      ": typeof types.PolicyRefusalsOfferDeadlinePreviewDocument,
    "\n        mutation PolicyRefusalsUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n          updateTenantSettings(input: $input) {\n            __typename\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateTenantSettingsDocument,
    "\n        query PolicyRefusalsFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsFailedNotificationsDocument,
    "\n        query PolicyRefusalsStaleLeads {\n          staleLeads {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsStaleLeadsDocument,
    "\n        query PolicyRefusalsWebhookEndpoints {\n          webhookEndpoints {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsWebhookEndpointsDocument,
    "\n        query PolicyRefusalsWebhookEventTypes {\n          webhookEventTypes\n        }\n      ": typeof types.PolicyRefusalsWebhookEventTypesDocument,
    "\n        query PolicyRefusalsWebhookDeliveries {\n          webhookDeliveries {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PolicyRefusalsWebhookDeliveriesDocument,
    "\n        mutation PolicyRefusalsCreateWebhookEndpoint2($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            secret\n          }\n        }\n      ": typeof types.PolicyRefusalsCreateWebhookEndpoint2Document,
    "\n        mutation PolicyRefusalsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n          updateWebhookEndpoint(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsUpdateWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsDisableWebhookEndpoint($id: ID!) {\n          disableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsDisableWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsEnableWebhookEndpoint($id: ID!) {\n          enableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsEnableWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id) {\n            secret\n          }\n        }\n      ": typeof types.PolicyRefusalsRotateWebhookSecretDocument,
    "\n        mutation PolicyRefusalsSendTestWebhook($id: ID!) {\n          sendTestWebhook(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PolicyRefusalsSendTestWebhookDocument,
    "\n  query ProductionPartners {\n    partners {\n      totalCount\n    }\n  }\n": typeof types.ProductionPartnersDocument,
    "\n  mutation ProductionAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": typeof types.ProductionAddMemberDocument,
    "\n  query ProductionTypename {\n    __typename\n  }\n": typeof types.ProductionTypenameDocument,
    "\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n": typeof types.ReasonCodesFieldsFragmentDoc,
    "\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesReasonCodesDocument,
    "\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesCreateDocument,
    "\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesUpdateDocument,
    "\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesRetireDocument,
    "\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesDisqualifyDocument,
    "\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesReturnDocument,
    "\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesLostDocument,
    "\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n": typeof types.ReasonCodesEventsDocument,
    "\n  query RememberedArgumentsOffers($first: Int!, $status: [OfferStatus!]) {\n    offers(first: $first, filter: { status: $status }) {\n      totalCount\n    }\n  }\n": typeof types.RememberedArgumentsOffersDocument,
    "\n  query SessionCacheMe {\n    me {\n      user {\n        name\n      }\n    }\n  }\n": typeof types.SessionCacheMeDocument,
    "\n  mutation SessionCacheLogout {\n    logout\n  }\n": typeof types.SessionCacheLogoutDocument,
    "\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.SessionCookieLoginDocument,
    "\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n": typeof types.SessionCookieRefreshFromCookieDocument,
    "\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.SessionCookieRefreshFromBodyDocument,
    "\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.SessionCookieMeDocument,
    "\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      ": typeof types.SessionCookieLogin2Document,
    "\n        mutation SessionCookieLogout {\n          logout\n        }\n      ": typeof types.SessionCookieLogoutDocument,
    "\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      ": typeof types.SessionCookieLogout2Document,
    "\n        mutation TwoWorkersCreateWebhookEndpoint($url: String!) {\n          createWebhookEndpoint(input: { url: $url, eventTypes: [\"offer.expired\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": typeof types.TwoWorkersCreateWebhookEndpointDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n    }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      description\n    }\n  }\n": typeof types.WebhooksUpdateDocument,
    "\n  mutation WebhooksDisable($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n    }\n  }\n": typeof types.WebhooksDisableDocument,
    "\n  mutation WebhooksEnable($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      consecutiveFailures\n    }\n  }\n": typeof types.WebhooksEnableDocument,
    "\n  mutation WebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.WebhooksRotateDocument,
    "\n  mutation WebhooksSendTest($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      eventType\n      status\n    }\n  }\n": typeof types.WebhooksSendTestDocument,
    "\n  query WebhooksEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        status\n        disabledReason\n        consecutiveFailures\n        lastSuccessAt\n      }\n    }\n  }\n": typeof types.WebhooksEndpointsDocument,
    "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        endpointId\n        eventType\n        eventId\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n": typeof types.WebhooksDeliveriesDocument,
    "\n  mutation WebhooksWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.WebhooksWonDocument,
    "\n        query WebhooksEventTypes {\n          webhookEventTypes\n        }\n      ": typeof types.WebhooksEventTypesDocument,
    "\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.IdentityFactoriesLoginDocument,
    "\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": typeof types.LeadFactoriesDistributeDocument,
    "\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.LeadFactoriesAcceptDocument,
    "\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.LeadFactoriesDeclineDocument,
    "\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadFactoriesOffersOfLeadDocument,
    "\n        mutation DueWorkUpdateNotificationPreferences {\n          updateNotificationPreferences(input: { disabled: [REMINDERS] }) {\n            disabled\n          }\n        }\n      ": typeof types.DueWorkUpdateNotificationPreferencesDocument,
    "\n        query DueWorkStaleLeads {\n          staleLeads(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.DueWorkStaleLeadsDocument,
    "\n            query DueWorkStaleLeads2 {\n              staleLeads {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.DueWorkStaleLeads2Document,
    "\n        mutation DueWorkRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      ": typeof types.DueWorkRecordProgressDocument,
    "\n            mutation DueWorkAcceptOffer($id: ID!) {\n              acceptOffer(id: $id) {\n                status\n              }\n            }\n          ": typeof types.DueWorkAcceptOfferDocument,
    "\n  query ListPlansInbox {\n    offers(first: 25, filter: { status: [PENDING] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        partner {\n          name\n        }\n        teaser {\n          city\n          postalArea\n          score\n        }\n      }\n    }\n  }\n": typeof types.ListPlansInboxDocument,
    "\n  query ListPlansOffersFull {\n    offers(first: 25) {\n      nodes {\n        id\n        lead {\n          id\n        }\n        declineReason {\n          key\n        }\n      }\n    }\n  }\n": typeof types.ListPlansOffersFullDocument,
    "\n  query ListPlansLeads($orderBy: LeadOrder! = NEWEST, $filter: LeadFilter, $after: String) {\n    leads(first: 25, orderBy: $orderBy, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        stage\n      }\n    }\n  }\n": typeof types.ListPlansLeadsDocument,
    "\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n": typeof types.ExpensiveRequestUpdateSettingsDocument,
    "\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OfferRaceWithdrawOfferDocument,
    "\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n": typeof types.OfferRaceWithdrawRoundDocument,
    "\n  mutation StandaloneRestartLogin {\n    login(input: { email: \"channel@nordlicht.example\", password: \"leadrelay-demo\" }) {\n      accessToken\n    }\n  }\n": typeof types.StandaloneRestartLoginDocument,
    "\n  query StandaloneRestartLeads {\n    leads {\n      totalCount\n    }\n  }\n": typeof types.StandaloneRestartLeadsDocument,
    "\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    ": typeof types.DemoLoginDocument,
};
const documents: Documents = {
    "\n  mutation AutomaticReofferUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n    }\n  }\n": types.AutomaticReofferUpdatePolicyDocument,
    "\n  mutation AutomaticReofferCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.AutomaticReofferCreateLeadDocument,
    "\n  mutation AutomaticRoutingUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n      fallbackPartnerId\n      rules {\n        key\n        action\n        count\n        required\n        conditions {\n          field\n          operator\n          values\n          min\n          max\n        }\n      }\n    }\n  }\n": types.AutomaticRoutingUpdatePolicyDocument,
    "\n  query AutomaticRoutingPolicy {\n    routingPolicy {\n      mode\n      rules {\n        key\n      }\n      fallbackPartnerId\n    }\n  }\n": types.AutomaticRoutingPolicyDocument,
    "\n  mutation AutomaticRoutingCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.AutomaticRoutingCreateLeadDocument,
    "\n  query AutomaticRoutingLead($id: ID!) {\n    lead(id: $id) {\n      id\n      stage\n      owner {\n        id\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n": types.AutomaticRoutingLeadDocument,
    "\n  mutation AutomaticRoutingQualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.AutomaticRoutingQualifyLeadDocument,
    "\n  query AutomaticRoutingOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        status\n        roundId\n      }\n    }\n  }\n": types.AutomaticRoutingOffersDocument,
    "\n  mutation BadInputAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": types.BadInputAddMemberDocument,
    "\n  mutation BadInputUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n    }\n  }\n": types.BadInputUpdateMemberDocument,
    "\n  mutation BadInputRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.BadInputRemoveMemberDocument,
    "\n  mutation BadInputCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": types.BadInputCreatePartnerDocument,
    "\n  mutation BadInputUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n": types.BadInputUpdatePartnerDocument,
    "\n  query BadInputPartner($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.BadInputPartnerDocument,
    "\n  query BadInputPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.BadInputPartnersDocument,
    "\n  query BadInputMembers($partnerId: ID) {\n    members(partnerId: $partnerId) {\n      totalCount\n    }\n  }\n": types.BadInputMembersDocument,
    "\n  mutation BadInputLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.BadInputLoginDocument,
    "\n  mutation BulkSameAsOneUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n": types.BulkSameAsOneUpdatePolicyDocument,
    "\n  mutation BulkIntakeUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n": types.BulkIntakeUpdatePolicyDocument,
    "\n  mutation BulkIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n": types.BulkIntakeCreateKeyDocument,
    "\n  query CandidatePartnersList($leadId: ID!, $language: Locale) {\n    candidatePartners(leadId: $leadId, language: $language) {\n      leadId\n      consentGiven\n      widenedTo\n      wideningLabel\n      candidates {\n        rank\n        partner {\n          id\n          name\n        }\n        fits {\n          reason\n          detail\n          label\n        }\n        ranking {\n          share\n          received\n          deficit\n          availableSince\n          label\n          weight {\n            tierWeight\n            performanceFactor\n            weight\n            windowDays\n          }\n        }\n      }\n      excluded {\n        partner {\n          id\n          name\n        }\n        reason\n        detail\n        label\n      }\n    }\n  }\n": types.CandidatePartnersListDocument,
    "\n  mutation CandidatePartnersUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n": types.CandidatePartnersUpdatePolicyDocument,
    "\n  query CandidatePartnersPolicy {\n    routingPolicy {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n": types.CandidatePartnersPolicyDocument,
    "\n  mutation CandidatePartnersScheduleAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n      partnerId\n      startsAt\n      endsAt\n    }\n  }\n": types.CandidatePartnersScheduleAbsenceDocument,
    "\n  mutation CandidatePartnersCancelAbsence($id: ID!) {\n    cancelPartnerAbsence(id: $id) {\n      id\n    }\n  }\n": types.CandidatePartnersCancelAbsenceDocument,
    "\n  mutation CandidatePartnersDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n    }\n  }\n": types.CandidatePartnersDeclineDocument,
    "\n  query CandidatePartnersWeight($id: ID!) {\n    partner(id: $id) {\n      id\n      routingWeight {\n        tierWeight\n        performanceFactor\n        weight\n      }\n    }\n  }\n": types.CandidatePartnersWeightDocument,
    "\n        mutation DemoDeadlineDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            stage\n          }\n        }\n      ": types.DemoDeadlineDistributeLeadDocument,
    "\n            query DemoDeadlineLead($id: ID!) {\n              lead(id: $id) {\n                stage\n              }\n            }\n          ": types.DemoDeadlineLeadDocument,
    "\n  query DemoRoutingInbox {\n    offers(filter: { status: [PENDING] }) {\n      nodes {\n        status\n      }\n    }\n  }\n": types.DemoRoutingInboxDocument,
    "\n  mutation HostileInputCreateKey {\n    createIntakeKey(input: { name: \"Fuzz form\", source: WEB_FORM }) {\n      secret\n    }\n  }\n": types.HostileInputCreateKeyDocument,
    "\n  query InboxOrderOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 2, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        leadId\n      }\n    }\n  }\n": types.InboxOrderOffersDocument,
    "\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.InvitationPasswordAddDocument,
    "\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n": types.InvitationPasswordResendDocument,
    "\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.InvitationPasswordSetPasswordDocument,
    "\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.InvitationPasswordRequestResetDocument,
    "\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": types.InvitationPasswordMeDocument,
    "\n      query IsolationPartner($id: ID!) {\n        partner(id: $id) {\n          id\n          name\n        }\n      }\n    ": types.IsolationPartnerDocument,
    "\n      mutation IsolationUpdatePartner($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.IsolationUpdatePartnerDocument,
    "\n      query IsolationMembers($partnerId: ID) {\n        members(partnerId: $partnerId) {\n          nodes {\n            id\n            user {\n              email\n            }\n          }\n        }\n      }\n    ": types.IsolationMembersDocument,
    "\n      mutation IsolationAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          id\n        }\n      }\n    ": types.IsolationAddMemberDocument,
    "\n      mutation IsolationUpdateMember($input: UpdateMemberInput!) {\n        updateMember(input: $input) {\n          id\n          role\n        }\n      }\n    ": types.IsolationUpdateMemberDocument,
    "\n      mutation IsolationRemoveMember($id: ID!) {\n        removeMember(id: $id)\n      }\n    ": types.IsolationRemoveMemberDocument,
    "\n    mutation LeadBadInputCreateLead($input: CreateLeadInput!) {\n      createLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputCreateLeadDocument,
    "\n    mutation LeadBadInputUpdateLead($input: UpdateLeadInput!) {\n      updateLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputUpdateLeadDocument,
    "\n    mutation LeadBadInputQualifyLead($input: QualifyLeadInput!) {\n      qualifyLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputQualifyLeadDocument,
    "\n    mutation LeadBadInputDisqualifyLead($input: DisqualifyLeadInput!) {\n      disqualifyLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputDisqualifyLeadDocument,
    "\n    mutation LeadBadInputNurtureLead($input: NurtureLeadInput!) {\n      nurtureLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputNurtureLeadDocument,
    "\n    mutation LeadBadInputRouteDirect($input: RouteDirectInput!) {\n      routeDirect(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputRouteDirectDocument,
    "\n    mutation LeadBadInputDistributeLead($input: DistributeLeadInput!) {\n      distributeLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputDistributeLeadDocument,
    "\n    mutation LeadBadInputWithdrawRound($id: ID!) {\n      withdrawRound(id: $id) {\n        id\n      }\n    }\n  ": types.LeadBadInputWithdrawRoundDocument,
    "\n    mutation LeadBadInputWithdrawOffer($id: ID!) {\n      withdrawOffer(id: $id) {\n        id\n      }\n    }\n  ": types.LeadBadInputWithdrawOfferDocument,
    "\n    mutation LeadBadInputAcceptOffer($id: ID!) {\n      acceptOffer(id: $id) {\n        id\n      }\n    }\n  ": types.LeadBadInputAcceptOfferDocument,
    "\n    mutation LeadBadInputDeclineOffer($input: DeclineOfferInput!) {\n      declineOffer(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputDeclineOfferDocument,
    "\n    mutation LeadBadInputAssignLead($input: AssignLeadInput!) {\n      assignLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputAssignLeadDocument,
    "\n    mutation LeadBadInputRecordProgress($input: RecordProgressInput!) {\n      recordProgress(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputRecordProgressDocument,
    "\n    mutation LeadBadInputReturnLead($input: ReturnLeadInput!) {\n      returnLead(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputReturnLeadDocument,
    "\n    mutation LeadBadInputCloseLeadWon($input: CloseLeadWonInput!) {\n      closeLeadWon(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputCloseLeadWonDocument,
    "\n    mutation LeadBadInputCloseLeadLost($input: CloseLeadLostInput!) {\n      closeLeadLost(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputCloseLeadLostDocument,
    "\n    mutation LeadBadInputCreateReasonCode($input: CreateReasonCodeInput!) {\n      createReasonCode(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputCreateReasonCodeDocument,
    "\n    mutation LeadBadInputUpdateReasonCode($input: UpdateReasonCodeInput!) {\n      updateReasonCode(input: $input) {\n        id\n      }\n    }\n  ": types.LeadBadInputUpdateReasonCodeDocument,
    "\n    mutation LeadBadInputRetireReasonCode($id: ID!) {\n      retireReasonCode(id: $id) {\n        id\n      }\n    }\n  ": types.LeadBadInputRetireReasonCodeDocument,
    "\n    mutation LeadBadInputCreateIntakeKey($input: CreateIntakeKeyInput!) {\n      createIntakeKey(input: $input) {\n        secret\n      }\n    }\n  ": types.LeadBadInputCreateIntakeKeyDocument,
    "\n    mutation LeadBadInputRevokeIntakeKey($id: ID!) {\n      revokeIntakeKey(id: $id) {\n        id\n      }\n    }\n  ": types.LeadBadInputRevokeIntakeKeyDocument,
    "\n    mutation LeadBadInputUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        acceptanceHours\n      }\n    }\n  ": types.LeadBadInputUpdateTenantSettingsDocument,
    "\n      query LeadBadInputLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n        }\n      }\n    ": types.LeadBadInputLeadsDocument,
    "\n      query LeadBadInputLeads2($filter: LeadFilter) {\n        leads(filter: $filter) {\n          totalCount\n        }\n      }\n    ": types.LeadBadInputLeads2Document,
    "\n      query LeadBadInputOffers($filter: OfferFilter) {\n        offers(filter: $filter) {\n          totalCount\n        }\n      }\n    ": types.LeadBadInputOffersDocument,
    "\n      query LeadBadInputReasonCodes($kind: ReasonCodeKind) {\n        reasonCodes(kind: $kind) {\n          key\n        }\n      }\n    ": types.LeadBadInputReasonCodesDocument,
    "\n        mutation LeadBadInputCreateIntakeKey2 {\n          createIntakeKey(input: { name: \"Website\", source: WEB_FORM }) {\n            intakeKey {\n              id\n            }\n          }\n        }\n      ": types.LeadBadInputCreateIntakeKey2Document,
    "\n  query LeadCount($filter: LeadFilter) {\n    leads(first: 5, filter: $filter) {\n      totalCount\n      totalCountExact\n      nodes {\n        id\n      }\n    }\n  }\n": types.LeadCountDocument,
    "\n        mutation LeadCreatedWebhookCreateWebhookEndpoint {\n          createWebhookEndpoint(input: { url: \"http://127.0.0.1:9/hooks\", eventTypes: [\"lead.created\", \"lead.updated\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": types.LeadCreatedWebhookCreateWebhookEndpointDocument,
    "\n        mutation LeadCreatedWebhookCreateLead {\n          createLead(\n            input: { source: WEB_FORM, company: { name: \"Webhook GmbH\", country: \"DE\" }, contact: { lastName: \"Hook\" } }\n          ) {\n            id\n            version\n          }\n        }\n      ": types.LeadCreatedWebhookCreateLeadDocument,
    "\n        mutation LeadCreatedWebhookUpdateLead($input: UpdateLeadInput!) {\n          updateLead(input: $input) {\n            id\n          }\n        }\n      ": types.LeadCreatedWebhookUpdateLeadDocument,
    "\n  mutation LeadDataCreate($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      existingCustomer\n      version\n    }\n  }\n": types.LeadDataCreateDocument,
    "\n  mutation LeadDataUpdate($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      version\n      company {\n        name\n      }\n    }\n  }\n": types.LeadDataUpdateDocument,
    "\n  mutation LeadDataQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      version\n    }\n  }\n": types.LeadDataQualifyDocument,
    "\n  query LeadDataDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      company {\n        name\n      }\n      contact {\n        email\n      }\n      duplicates {\n        leadId\n        matchedOn\n        companyName\n        stage\n        createdAt\n      }\n    }\n  }\n": types.LeadDataDuplicatesDocument,
    "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.LeadDistributionReturnDocument,
    "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n": types.LeadDistributionUpdateSettingsDocument,
    "\n  query LeadGradeFilterLeads($filter: LeadFilter) {\n    leads(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        id\n        grade\n      }\n    }\n  }\n": types.LeadGradeFilterLeadsDocument,
    "\n  mutation LeadHoldingPartnerAssign($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      id\n      stage\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.LeadHoldingPartnerAssignDocument,
    "\n  mutation LeadHoldingPartnerProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n      lastProgressAt\n      nextStepAt\n    }\n  }\n": types.LeadHoldingPartnerProgressDocument,
    "\n  mutation LeadHoldingPartnerWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      closedAt\n      won {\n        amount\n        currency\n        closedOn\n      }\n      holdingPartner {\n        id\n      }\n    }\n  }\n": types.LeadHoldingPartnerWonDocument,
    "\n  mutation LeadHoldingPartnerLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n      closedAt\n      lostToCompetitor\n      holdingPartner {\n        id\n      }\n    }\n  }\n": types.LeadHoldingPartnerLostDocument,
    "\n  query LeadHoldingPartnerLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.LeadHoldingPartnerLeadIdsDocument,
    "\n  query LeadHoldingPartnerEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n        }\n        data\n        actorOrganisation\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LeadHoldingPartnerEventsDocument,
    "\n            query LeadHoldingPartnerLead($id: ID!) {\n              lead(id: $id) {\n                id\n              }\n            }\n          ": types.LeadHoldingPartnerLeadDocument,
    "\n        query LeadHoldingPartnerLeads {\n          leads(filter: { stages: [LOST] }) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.LeadHoldingPartnerLeadsDocument,
    "\n        mutation LeadHoldingPartnerNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            stage\n          }\n        }\n      ": types.LeadHoldingPartnerNurtureLeadDocument,
    "\n  mutation LeadIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        id\n        name\n        source\n        sourceDetail\n        prefix\n        leadsCreated\n        lastUsedAt\n        revokedAt\n        createdAt\n      }\n    }\n  }\n": types.LeadIntakeCreateKeyDocument,
    "\n  query LeadIntakeKeys {\n    intakeKeys {\n      id\n      name\n      source\n      sourceDetail\n      prefix\n      leadsCreated\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": types.LeadIntakeKeysDocument,
    "\n  mutation LeadIntakeRevoke($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.LeadIntakeRevokeDocument,
    "\n      query LeadIsolationLead($id: ID!) {\n        lead(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationLeadDocument,
    "\n      query LeadIsolationLeads($partnerId: ID!) {\n        leads(filter: { partnerId: $partnerId }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.LeadIsolationLeadsDocument,
    "\n      query LeadIsolationOffers($leadId: ID!) {\n        offers(filter: { leadId: $leadId }) {\n          nodes {\n            id\n          }\n          totalCount\n        }\n      }\n    ": types.LeadIsolationOffersDocument,
    "\n      mutation LeadIsolationUpdateLead($input: UpdateLeadInput!) {\n        updateLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationUpdateLeadDocument,
    "\n      mutation LeadIsolationQualifyLead($input: QualifyLeadInput!) {\n        qualifyLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationQualifyLeadDocument,
    "\n      mutation LeadIsolationDisqualifyLead($input: DisqualifyLeadInput!) {\n        disqualifyLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationDisqualifyLeadDocument,
    "\n      mutation LeadIsolationNurtureLead($input: NurtureLeadInput!) {\n        nurtureLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationNurtureLeadDocument,
    "\n      mutation LeadIsolationRouteDirect($input: RouteDirectInput!) {\n        routeDirect(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationRouteDirectDocument,
    "\n      mutation LeadIsolationDistributeLead($input: DistributeLeadInput!) {\n        distributeLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationDistributeLeadDocument,
    "\n      mutation LeadIsolationWithdrawRound($id: ID!) {\n        withdrawRound(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationWithdrawRoundDocument,
    "\n      mutation LeadIsolationWithdrawOffer($id: ID!) {\n        withdrawOffer(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationWithdrawOfferDocument,
    "\n      mutation LeadIsolationAcceptOffer($id: ID!) {\n        acceptOffer(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationAcceptOfferDocument,
    "\n      mutation LeadIsolationDeclineOffer($input: DeclineOfferInput!) {\n        declineOffer(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationDeclineOfferDocument,
    "\n      mutation LeadIsolationAssignLead($input: AssignLeadInput!) {\n        assignLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationAssignLeadDocument,
    "\n      mutation LeadIsolationRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationRecordProgressDocument,
    "\n      mutation LeadIsolationReturnLead($input: ReturnLeadInput!) {\n        returnLead(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationReturnLeadDocument,
    "\n      mutation LeadIsolationCloseLeadWon($input: CloseLeadWonInput!) {\n        closeLeadWon(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationCloseLeadWonDocument,
    "\n      mutation LeadIsolationCloseLeadLost($input: CloseLeadLostInput!) {\n        closeLeadLost(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationCloseLeadLostDocument,
    "\n      mutation LeadIsolationUpdateReasonCode($input: UpdateReasonCodeInput!) {\n        updateReasonCode(input: $input) {\n          id\n        }\n      }\n    ": types.LeadIsolationUpdateReasonCodeDocument,
    "\n      mutation LeadIsolationRetireReasonCode($id: ID!) {\n        retireReasonCode(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationRetireReasonCodeDocument,
    "\n      mutation LeadIsolationRevokeIntakeKey($id: ID!) {\n        revokeIntakeKey(id: $id) {\n          id\n        }\n      }\n    ": types.LeadIsolationRevokeIntakeKeyDocument,
    "\n          mutation LeadIsolationCreateIntakeKey($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        ": types.LeadIsolationCreateIntakeKeyDocument,
    "\n  mutation LeadLifecycleCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.LeadLifecycleCreateLeadDocument,
    "\n  mutation LeadLifecycleQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n    }\n  }\n": types.LeadLifecycleQualifyDocument,
    "\n  mutation LeadLifecycleDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.LeadLifecycleDistributeDocument,
    "\n  query LeadLifecycleOffers($filter: OfferFilter) {\n    offers(filter: $filter, first: 20) {\n      nodes {\n        id\n        status\n        expiresAt\n        leadId\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.LeadLifecycleOffersDocument,
    "\n  mutation LeadLifecycleAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      lead {\n        id\n        stage\n        contact {\n          email\n          lastName\n        }\n      }\n    }\n  }\n": types.LeadLifecycleAcceptDocument,
    "\n  mutation LeadLifecycleReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n      pendingFollowUp\n      holdingPartner {\n        name\n      }\n    }\n  }\n": types.LeadLifecycleReturnDocument,
    "\n  mutation LeadLifecycleProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n    }\n  }\n": types.LeadLifecycleProgressDocument,
    "\n  mutation LeadLifecycleWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      won {\n        amount\n        currency\n        closedOn\n      }\n    }\n  }\n": types.LeadLifecycleWonDocument,
    "\n  query LeadLifecycleEvents($id: ID!) {\n    lead(id: $id) {\n      stage\n      events {\n        type\n        actorName\n        actorOrganisation\n        reasonCode {\n          key\n        }\n        data\n      }\n    }\n  }\n": types.LeadLifecycleEventsDocument,
    "\n  query LeadLifecycleOfferHistory($filter: OfferFilter) {\n    offers(filter: $filter) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        history {\n          type\n          actorOrganisation\n          data\n        }\n      }\n    }\n  }\n": types.LeadLifecycleOfferHistoryDocument,
    "\n  query LeadListPage($orderBy: LeadOrder!, $after: String) {\n    leads(first: 2, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.LeadListPageDocument,
    "\n  mutation LeadRescoreCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.LeadRescoreCreateLeadDocument,
    "\n  mutation LeadRescoreRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      scoring {\n        engagement\n        cell\n      }\n    }\n  }\n": types.LeadRescoreRecordDocument,
    "\n  mutation LeadScoringCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n": types.LeadScoringCreateKeyDocument,
    "\n  query LeadScoringLead($id: ID!, $language: Locale) {\n    lead(id: $id) {\n      id\n      stage\n      score\n      grade\n      version\n      scoring {\n        fit\n        engagement\n        grade\n        level\n        cell\n        modelVersion\n        overridden\n      }\n      scoreExplanation(language: $language) {\n        modelVersion\n        fit {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n        engagement {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n": types.LeadScoringLeadDocument,
    "\n  mutation LeadScoringCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        engagement\n        cell\n      }\n    }\n  }\n": types.LeadScoringCreateLeadDocument,
    "\n  mutation LeadScoringUpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        cell\n        modelVersion\n      }\n    }\n  }\n": types.LeadScoringUpdateLeadDocument,
    "\n  mutation LeadScoringRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      stage\n      scoring {\n        engagement\n        level\n        cell\n      }\n    }\n  }\n": types.LeadScoringRecordDocument,
    "\n  query LeadScoringModel($version: Int) {\n    scoringModel(version: $version) {\n      version\n      createdByName\n      groups {\n        key\n        axis\n        cap\n        rules {\n          key\n          field\n          operator\n          values\n          min\n          max\n          points\n        }\n      }\n      engagement {\n        kind\n        points\n        halfLifeDays\n      }\n      engagementCap\n      grades {\n        a\n        b\n        c\n      }\n      levels {\n        one\n        two\n      }\n      autoQualification {\n        fit\n        engagement\n      }\n    }\n  }\n": types.LeadScoringModelDocument,
    "\n  mutation LeadScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) {\n      version\n      createdByName\n    }\n  }\n": types.LeadScoringUpdateModelDocument,
    "\n  mutation LeadScoringQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n      scoring {\n        overridden\n        cell\n        fit\n      }\n    }\n  }\n": types.LeadScoringQualifyDocument,
    "\n  query LeadScoringTeasers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        teaser {\n          score\n          grade\n          cell\n        }\n      }\n    }\n  }\n": types.LeadScoringTeasersDocument,
    "\n        mutation LeadScoringAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      ": types.LeadScoringAcceptOfferDocument,
    "\n  query LeadSearch($search: String!, $orderBy: LeadOrder! = NEWEST) {\n    leads(first: 50, filter: { search: $search }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        company {\n          name\n        }\n      }\n    }\n  }\n": types.LeadSearchDocument,
    "\n  query LeadStatementCountsOffers($first: Int!) {\n    offers(first: $first) {\n      nodes {\n        id\n        status\n        expiresAt\n        partner {\n          name\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        declineReason {\n          key\n          label\n          labels {\n            locale\n            text\n          }\n        }\n        lead {\n          id\n          stage\n          contact {\n            lastName\n            email\n          }\n          holdingPartner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          events {\n            type\n          }\n          duplicates {\n            leadId\n          }\n        }\n        history {\n          type\n          actorName\n          actorOrganisation\n          reasonCode {\n            key\n          }\n          data\n        }\n      }\n    }\n  }\n": types.LeadStatementCountsOffersDocument,
    "\n  query LeadStatementCountsLeads($first: Int!) {\n    leads(first: $first) {\n      nodes {\n        id\n        stage\n        company {\n          name\n        }\n        events {\n          type\n          actorName\n          reasonCode {\n            key\n            label\n          }\n        }\n        duplicates {\n          leadId\n          matchedOn\n          companyName\n          stage\n        }\n        holdingPartner {\n          id\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LeadStatementCountsLeadsDocument,
    "\n      query LeadStatementCountsInbox($first: Int!) {\n        offers(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            status\n            offeredAt\n            expiresAt\n            mode\n            allowedActions\n            partner {\n              name\n            }\n            teaser {\n              companySize\n              industry\n              country\n              postalArea\n              city\n              productLine\n              requestType\n              timeframe\n              budget\n              score\n              grade\n              cell\n              source\n            }\n          }\n        }\n      }\n    ": types.LeadStatementCountsInboxDocument,
    "\n      query LeadStatementCountsLeadsPage($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            stage\n            createdAt\n            company {\n              name\n              city\n            }\n            contact {\n              lastName\n              email\n            }\n            holdingPartner {\n              name\n            }\n            owner {\n              name\n            }\n          }\n        }\n      }\n    ": types.LeadStatementCountsLeadsPageDocument,
    "\n      query LeadStatementCountsSearch($search: String!, $after: String) {\n        leads(first: 5, after: $after, filter: { search: $search }) {\n          totalCount\n          totalCountExact\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            endCursor\n          }\n          nodes {\n            id\n            company {\n              name\n            }\n          }\n        }\n      }\n    ": types.LeadStatementCountsSearchDocument,
    "\n      query LeadStatementCountsLead($id: ID!) {\n        lead(id: $id) {\n          id\n          stage\n          company {\n            name\n          }\n          contact {\n            lastName\n            email\n          }\n          events {\n            type\n            occurredAt\n            actorName\n            actorOrganisation\n            reasonCode {\n              key\n            }\n          }\n        }\n      }\n    ": types.LeadStatementCountsLeadDocument,
    "\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginMeDocument,
    "\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginRefreshDocument,
    "\n  mutation LoginLogout {\n    logout\n  }\n": types.LoginLogoutDocument,
    "\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.LoginRemoveMemberDocument,
    "\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": types.MembersAddDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n": types.MembersUpdateDocument,
    "\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.MembersRemoveDocument,
    "\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.MembersMembersDocument,
    "\n  mutation MySettingsSave($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n": types.MySettingsSaveDocument,
    "\n  query MySettingsMe {\n    me {\n      user {\n        locale\n      }\n    }\n  }\n": types.MySettingsMeDocument,
    "\n        mutation NotificationMailSaveLanguage($input: UpdateMySettingsInput!) {\n          updateMySettings(input: $input) {\n            locale\n          }\n        }\n      ": types.NotificationMailSaveLanguageDocument,
    "\n        mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      ": types.NotificationMailDeclineOfferDocument,
    "\n          mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n            declineOffer(input: $input) {\n              id\n            }\n          }\n        ": types.NotificationMailDeclineOfferDocument,
    "\n        query NotificationMailFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n              kind\n              lastError\n            }\n          }\n        }\n      ": types.NotificationMailFailedNotificationsDocument,
    "\n            query NotificationMailFailedNotifications2 {\n              failedNotifications {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.NotificationMailFailedNotifications2Document,
    "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n": types.OfferDeadlinePreviewDocument,
    "\n  mutation OfferDeadlinePreviewUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      timeZone\n    }\n  }\n": types.OfferDeadlinePreviewUpdateSettingsDocument,
    "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.OfferLeadVisibilityOffersDocument,
    "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": types.OfferLeadVisibilityLeadDocument,
    "\n  mutation OfferTeaserReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n    }\n  }\n": types.OfferTeaserReturnDocument,
    "\n  mutation OfferTeaserLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n    }\n  }\n": types.OfferTeaserLostDocument,
    "\n  mutation OfferTeaserWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n    }\n  }\n": types.OfferTeaserWithdrawOfferDocument,
    "\n  query OfferTeaserLead($id: ID!) {\n    lead(id: $id) {\n      id\n    }\n  }\n": types.OfferTeaserLeadDocument,
    "\n  query OfferTeaserOfferView($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 10) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n        }\n        history {\n          type\n        }\n      }\n    }\n  }\n": types.OfferTeaserOfferViewDocument,
    "\n  query OfferTeaserLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.OfferTeaserLeadIdsDocument,
    "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      ": types.LoginDocument,
    "\n  mutation PartnerLoadDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.PartnerLoadDistributeDocument,
    "\n  mutation PartnerLoadAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.PartnerLoadAcceptDocument,
    "\n  mutation PartnerLoadDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.PartnerLoadDeclineDocument,
    "\n  mutation PartnerLoadWithdraw($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.PartnerLoadWithdrawDocument,
    "\n  mutation PartnerLoadReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.PartnerLoadReturnDocument,
    "\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n": types.PartnersFieldsFragmentDoc,
    "\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": types.PartnersCreateDocument,
    "\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": types.PartnersUpdateDocument,
    "\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PartnersPartnersDocument,
    "\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": types.PartnersPartnerDocument,
    "\n        mutation PolicyRefusalsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsCreateWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {\n          addMember(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsAddMemberDocument,
    "\n        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {\n          createReasonCode(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCreateReasonCodeDocument,
    "\n  mutation PolicyRefusalsSchedulePartnerAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n    }\n  }\n": types.PolicyRefusalsSchedulePartnerAbsenceDocument,
    "\n        query PolicyRefusalsPartners {\n          partners {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsPartnersDocument,
    "\n        query PolicyRefusalsPartner($id: ID!) {\n          partner(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsPartnerDocument,
    "\n        mutation PolicyRefusalsCreatePartner($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCreatePartnerDocument,
    "\n        mutation PolicyRefusalsUpdatePartner($input: UpdatePartnerInput!) {\n          updatePartner(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsUpdatePartnerDocument,
    "\n        query PolicyRefusalsMembers {\n          members {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsMembersDocument,
    "\n        mutation PolicyRefusalsResendInvitation($id: ID!) {\n          resendInvitation(id: $id)\n        }\n      ": types.PolicyRefusalsResendInvitationDocument,
    "\n        mutation PolicyRefusalsUpdateMember($input: UpdateMemberInput!) {\n          updateMember(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsUpdateMemberDocument,
    "\n        mutation PolicyRefusalsRemoveMember($id: ID!) {\n          removeMember(id: $id)\n        }\n      ": types.PolicyRefusalsRemoveMemberDocument,
    "\n        query PolicyRefusalsLeads {\n          leads {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsLeadsDocument,
    "\n        query PolicyRefusalsLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsLeadDocument,
    "\n        mutation PolicyRefusalsCreateLead($input: CreateLeadInput!) {\n          createLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCreateLeadDocument,
    "\n          mutation PolicyRefusalsUpdateLead($input: UpdateLeadInput!) {\n            updateLead(input: $input) {\n              id\n            }\n          }\n        ": types.PolicyRefusalsUpdateLeadDocument,
    "\n        mutation PolicyRefusalsQualifyLead($input: QualifyLeadInput!) {\n          qualifyLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsQualifyLeadDocument,
    "\n        mutation PolicyRefusalsDisqualifyLead($input: DisqualifyLeadInput!) {\n          disqualifyLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsDisqualifyLeadDocument,
    "\n        mutation PolicyRefusalsNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsNurtureLeadDocument,
    "\n        mutation PolicyRefusalsRouteDirect($input: RouteDirectInput!) {\n          routeDirect(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsRouteDirectDocument,
    "\n        mutation PolicyRefusalsDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsDistributeLeadDocument,
    "\n        mutation PolicyRefusalsWithdrawRound($id: ID!) {\n          withdrawRound(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsWithdrawRoundDocument,
    "\n        mutation PolicyRefusalsAssignLead($input: AssignLeadInput!) {\n          assignLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsAssignLeadDocument,
    "\n        mutation PolicyRefusalsRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsRecordProgressDocument,
    "\n        mutation PolicyRefusalsReturnLead($input: ReturnLeadInput!) {\n          returnLead(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsReturnLeadDocument,
    "\n        mutation PolicyRefusalsCloseLeadWon($input: CloseLeadWonInput!) {\n          closeLeadWon(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCloseLeadWonDocument,
    "\n        mutation PolicyRefusalsCloseLeadLost($input: CloseLeadLostInput!) {\n          closeLeadLost(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCloseLeadLostDocument,
    "\n        query PolicyRefusalsOffers {\n          offers {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsOffersDocument,
    "\n        mutation PolicyRefusalsAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsAcceptOfferDocument,
    "\n        mutation PolicyRefusalsDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsDeclineOfferDocument,
    "\n        mutation PolicyRefusalsWithdrawOffer($id: ID!) {\n          withdrawOffer(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsWithdrawOfferDocument,
    "\n        mutation PolicyRefusalsRecordEngagement($input: RecordEngagementInput!) {\n          recordEngagement(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsRecordEngagementDocument,
    "\n        query PolicyRefusalsScoringModel {\n          scoringModel {\n            version\n          }\n        }\n      ": types.PolicyRefusalsScoringModelDocument,
    "\n        mutation PolicyRefusalsUpdateScoringModel($input: UpdateScoringModelInput!) {\n          updateScoringModel(input: $input) {\n            version\n          }\n        }\n      ": types.PolicyRefusalsUpdateScoringModelDocument,
    "\n        query PolicyRefusalsReasonCodes {\n          reasonCodes {\n            key\n          }\n        }\n      ": types.PolicyRefusalsReasonCodesDocument,
    "\n        mutation PolicyRefusalsUpdateReasonCode($input: UpdateReasonCodeInput!) {\n          updateReasonCode(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsUpdateReasonCodeDocument,
    "\n        mutation PolicyRefusalsRetireReasonCode($id: ID!) {\n          retireReasonCode(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsRetireReasonCodeDocument,
    "\n        query PolicyRefusalsIntakeKeys {\n          intakeKeys {\n            id\n          }\n        }\n      ": types.PolicyRefusalsIntakeKeysDocument,
    "\n        mutation PolicyRefusalsCreateIntakeKey($input: CreateIntakeKeyInput!) {\n          createIntakeKey(input: $input) {\n            secret\n          }\n        }\n      ": types.PolicyRefusalsCreateIntakeKeyDocument,
    "\n          mutation PolicyRefusalsCreateIntakeKey2($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        ": types.PolicyRefusalsCreateIntakeKey2Document,
    "\n          mutation PolicyRefusalsRevokeIntakeKey($id: ID!) {\n            revokeIntakeKey(id: $id) {\n              id\n            }\n          }\n        ": types.PolicyRefusalsRevokeIntakeKeyDocument,
    "\n        query PolicyRefusalsCandidatePartners($leadId: ID!) {\n          candidatePartners(leadId: $leadId) {\n            leadId\n          }\n        }\n      ": types.PolicyRefusalsCandidatePartnersDocument,
    "\n        query PolicyRefusalsRoutingPolicy {\n          routingPolicy {\n            __typename\n          }\n        }\n      ": types.PolicyRefusalsRoutingPolicyDocument,
    "\n        mutation PolicyRefusalsUpdateRoutingPolicy($input: UpdateRoutingPolicyInput!) {\n          updateRoutingPolicy(input: $input) {\n            __typename\n          }\n        }\n      ": types.PolicyRefusalsUpdateRoutingPolicyDocument,
    "\n        query PolicyRefusalsPartnerAbsences($partnerId: ID!) {\n          partnerAbsences(partnerId: $partnerId) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsPartnerAbsencesDocument,
    "\n        mutation PolicyRefusalsCancelPartnerAbsence($id: ID!) {\n          cancelPartnerAbsence(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsCancelPartnerAbsenceDocument,
    "\n        query PolicyRefusalsTenantSettings {\n          tenantSettings {\n            __typename\n          }\n        }\n      ": types.PolicyRefusalsTenantSettingsDocument,
    "\n        query PolicyRefusalsOfferDeadlinePreview {\n          offerDeadlinePreview {\n            tier\n          }\n        }\n      ": types.PolicyRefusalsOfferDeadlinePreviewDocument,
    "\n        mutation PolicyRefusalsUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n          updateTenantSettings(input: $input) {\n            __typename\n          }\n        }\n      ": types.PolicyRefusalsUpdateTenantSettingsDocument,
    "\n        query PolicyRefusalsFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsFailedNotificationsDocument,
    "\n        query PolicyRefusalsStaleLeads {\n          staleLeads {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsStaleLeadsDocument,
    "\n        query PolicyRefusalsWebhookEndpoints {\n          webhookEndpoints {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsWebhookEndpointsDocument,
    "\n        query PolicyRefusalsWebhookEventTypes {\n          webhookEventTypes\n        }\n      ": types.PolicyRefusalsWebhookEventTypesDocument,
    "\n        query PolicyRefusalsWebhookDeliveries {\n          webhookDeliveries {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PolicyRefusalsWebhookDeliveriesDocument,
    "\n        mutation PolicyRefusalsCreateWebhookEndpoint2($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            secret\n          }\n        }\n      ": types.PolicyRefusalsCreateWebhookEndpoint2Document,
    "\n        mutation PolicyRefusalsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n          updateWebhookEndpoint(input: $input) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsUpdateWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsDisableWebhookEndpoint($id: ID!) {\n          disableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsDisableWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsEnableWebhookEndpoint($id: ID!) {\n          enableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsEnableWebhookEndpointDocument,
    "\n        mutation PolicyRefusalsRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id) {\n            secret\n          }\n        }\n      ": types.PolicyRefusalsRotateWebhookSecretDocument,
    "\n        mutation PolicyRefusalsSendTestWebhook($id: ID!) {\n          sendTestWebhook(id: $id) {\n            id\n          }\n        }\n      ": types.PolicyRefusalsSendTestWebhookDocument,
    "\n  query ProductionPartners {\n    partners {\n      totalCount\n    }\n  }\n": types.ProductionPartnersDocument,
    "\n  mutation ProductionAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": types.ProductionAddMemberDocument,
    "\n  query ProductionTypename {\n    __typename\n  }\n": types.ProductionTypenameDocument,
    "\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n": types.ReasonCodesFieldsFragmentDoc,
    "\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesReasonCodesDocument,
    "\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesCreateDocument,
    "\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesUpdateDocument,
    "\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesRetireDocument,
    "\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesDisqualifyDocument,
    "\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesReturnDocument,
    "\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesLostDocument,
    "\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n": types.ReasonCodesEventsDocument,
    "\n  query RememberedArgumentsOffers($first: Int!, $status: [OfferStatus!]) {\n    offers(first: $first, filter: { status: $status }) {\n      totalCount\n    }\n  }\n": types.RememberedArgumentsOffersDocument,
    "\n  query SessionCacheMe {\n    me {\n      user {\n        name\n      }\n    }\n  }\n": types.SessionCacheMeDocument,
    "\n  mutation SessionCacheLogout {\n    logout\n  }\n": types.SessionCacheLogoutDocument,
    "\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.SessionCookieLoginDocument,
    "\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n": types.SessionCookieRefreshFromCookieDocument,
    "\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.SessionCookieRefreshFromBodyDocument,
    "\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n": types.SessionCookieMeDocument,
    "\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      ": types.SessionCookieLogin2Document,
    "\n        mutation SessionCookieLogout {\n          logout\n        }\n      ": types.SessionCookieLogoutDocument,
    "\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      ": types.SessionCookieLogout2Document,
    "\n        mutation TwoWorkersCreateWebhookEndpoint($url: String!) {\n          createWebhookEndpoint(input: { url: $url, eventTypes: [\"offer.expired\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      ": types.TwoWorkersCreateWebhookEndpointDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n    }\n  }\n": types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      description\n    }\n  }\n": types.WebhooksUpdateDocument,
    "\n  mutation WebhooksDisable($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n    }\n  }\n": types.WebhooksDisableDocument,
    "\n  mutation WebhooksEnable($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      consecutiveFailures\n    }\n  }\n": types.WebhooksEnableDocument,
    "\n  mutation WebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.WebhooksRotateDocument,
    "\n  mutation WebhooksSendTest($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      eventType\n      status\n    }\n  }\n": types.WebhooksSendTestDocument,
    "\n  query WebhooksEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        status\n        disabledReason\n        consecutiveFailures\n        lastSuccessAt\n      }\n    }\n  }\n": types.WebhooksEndpointsDocument,
    "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        endpointId\n        eventType\n        eventId\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n": types.WebhooksDeliveriesDocument,
    "\n  mutation WebhooksWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n    }\n  }\n": types.WebhooksWonDocument,
    "\n        query WebhooksEventTypes {\n          webhookEventTypes\n        }\n      ": types.WebhooksEventTypesDocument,
    "\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.IdentityFactoriesLoginDocument,
    "\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": types.LeadFactoriesDistributeDocument,
    "\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.LeadFactoriesAcceptDocument,
    "\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.LeadFactoriesDeclineDocument,
    "\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LeadFactoriesOffersOfLeadDocument,
    "\n        mutation DueWorkUpdateNotificationPreferences {\n          updateNotificationPreferences(input: { disabled: [REMINDERS] }) {\n            disabled\n          }\n        }\n      ": types.DueWorkUpdateNotificationPreferencesDocument,
    "\n        query DueWorkStaleLeads {\n          staleLeads(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.DueWorkStaleLeadsDocument,
    "\n            query DueWorkStaleLeads2 {\n              staleLeads {\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.DueWorkStaleLeads2Document,
    "\n        mutation DueWorkRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      ": types.DueWorkRecordProgressDocument,
    "\n            mutation DueWorkAcceptOffer($id: ID!) {\n              acceptOffer(id: $id) {\n                status\n              }\n            }\n          ": types.DueWorkAcceptOfferDocument,
    "\n  query ListPlansInbox {\n    offers(first: 25, filter: { status: [PENDING] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        partner {\n          name\n        }\n        teaser {\n          city\n          postalArea\n          score\n        }\n      }\n    }\n  }\n": types.ListPlansInboxDocument,
    "\n  query ListPlansOffersFull {\n    offers(first: 25) {\n      nodes {\n        id\n        lead {\n          id\n        }\n        declineReason {\n          key\n        }\n      }\n    }\n  }\n": types.ListPlansOffersFullDocument,
    "\n  query ListPlansLeads($orderBy: LeadOrder! = NEWEST, $filter: LeadFilter, $after: String) {\n    leads(first: 25, orderBy: $orderBy, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        stage\n      }\n    }\n  }\n": types.ListPlansLeadsDocument,
    "\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n": types.ExpensiveRequestUpdateSettingsDocument,
    "\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.OfferRaceWithdrawOfferDocument,
    "\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n": types.OfferRaceWithdrawRoundDocument,
    "\n  mutation StandaloneRestartLogin {\n    login(input: { email: \"channel@nordlicht.example\", password: \"leadrelay-demo\" }) {\n      accessToken\n    }\n  }\n": types.StandaloneRestartLoginDocument,
    "\n  query StandaloneRestartLeads {\n    leads {\n      totalCount\n    }\n  }\n": types.StandaloneRestartLeadsDocument,
    "\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    ": types.DemoLoginDocument,
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
export function graphql(source: "\n  mutation AutomaticReofferUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n    }\n  }\n"): (typeof documents)["\n  mutation AutomaticReofferUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomaticReofferCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation AutomaticReofferCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomaticRoutingUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n      fallbackPartnerId\n      rules {\n        key\n        action\n        count\n        required\n        conditions {\n          field\n          operator\n          values\n          min\n          max\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AutomaticRoutingUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n      maxRounds\n      fallbackPartnerId\n      rules {\n        key\n        action\n        count\n        required\n        conditions {\n          field\n          operator\n          values\n          min\n          max\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomaticRoutingPolicy {\n    routingPolicy {\n      mode\n      rules {\n        key\n      }\n      fallbackPartnerId\n    }\n  }\n"): (typeof documents)["\n  query AutomaticRoutingPolicy {\n    routingPolicy {\n      mode\n      rules {\n        key\n      }\n      fallbackPartnerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomaticRoutingCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation AutomaticRoutingCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomaticRoutingLead($id: ID!) {\n    lead(id: $id) {\n      id\n      stage\n      owner {\n        id\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomaticRoutingLead($id: ID!) {\n    lead(id: $id) {\n      id\n      stage\n      owner {\n        id\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutomaticRoutingQualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation AutomaticRoutingQualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomaticRoutingOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        status\n        roundId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AutomaticRoutingOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        status\n        roundId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation BadInputRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputCreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputUpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputPartner($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BadInputPartner($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BadInputPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputMembers($partnerId: ID) {\n    members(partnerId: $partnerId) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BadInputMembers($partnerId: ID) {\n    members(partnerId: $partnerId) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSameAsOneUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation BulkSameAsOneUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkIntakeUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation BulkIntakeUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation BulkIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatePartnersList($leadId: ID!, $language: Locale) {\n    candidatePartners(leadId: $leadId, language: $language) {\n      leadId\n      consentGiven\n      widenedTo\n      wideningLabel\n      candidates {\n        rank\n        partner {\n          id\n          name\n        }\n        fits {\n          reason\n          detail\n          label\n        }\n        ranking {\n          share\n          received\n          deficit\n          availableSince\n          label\n          weight {\n            tierWeight\n            performanceFactor\n            weight\n            windowDays\n          }\n        }\n      }\n      excluded {\n        partner {\n          id\n          name\n        }\n        reason\n        detail\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidatePartnersList($leadId: ID!, $language: Locale) {\n    candidatePartners(leadId: $leadId, language: $language) {\n      leadId\n      consentGiven\n      widenedTo\n      wideningLabel\n      candidates {\n        rank\n        partner {\n          id\n          name\n        }\n        fits {\n          reason\n          detail\n          label\n        }\n        ranking {\n          share\n          received\n          deficit\n          availableSince\n          label\n          weight {\n            tierWeight\n            performanceFactor\n            weight\n            windowDays\n          }\n        }\n      }\n      excluded {\n        partner {\n          id\n          name\n        }\n        reason\n        detail\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidatePartnersUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CandidatePartnersUpdatePolicy($input: UpdateRoutingPolicyInput!) {\n    updateRoutingPolicy(input: $input) {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatePartnersPolicy {\n    routingPolicy {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidatePartnersPolicy {\n    routingPolicy {\n      tiersByGrade {\n        grade\n        tiers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidatePartnersScheduleAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n      partnerId\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation CandidatePartnersScheduleAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n      partnerId\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidatePartnersCancelAbsence($id: ID!) {\n    cancelPartnerAbsence(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CandidatePartnersCancelAbsence($id: ID!) {\n    cancelPartnerAbsence(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidatePartnersDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CandidatePartnersDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatePartnersWeight($id: ID!) {\n    partner(id: $id) {\n      id\n      routingWeight {\n        tierWeight\n        performanceFactor\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidatePartnersWeight($id: ID!) {\n    partner(id: $id) {\n      id\n      routingWeight {\n        tierWeight\n        performanceFactor\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DemoDeadlineDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            stage\n          }\n        }\n      "): (typeof documents)["\n        mutation DemoDeadlineDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            stage\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DemoDeadlineLead($id: ID!) {\n              lead(id: $id) {\n                stage\n              }\n            }\n          "): (typeof documents)["\n            query DemoDeadlineLead($id: ID!) {\n              lead(id: $id) {\n                stage\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoRoutingInbox {\n    offers(filter: { status: [PENDING] }) {\n      nodes {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoRoutingInbox {\n    offers(filter: { status: [PENDING] }) {\n      nodes {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileInputCreateKey {\n    createIntakeKey(input: { name: \"Fuzz form\", source: WEB_FORM }) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation HostileInputCreateKey {\n    createIntakeKey(input: { name: \"Fuzz form\", source: WEB_FORM }) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxOrderOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 2, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        leadId\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxOrderOffers($orderBy: OfferOrder!, $after: String) {\n    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 2, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        leadId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IsolationPartner($id: ID!) {\n        partner(id: $id) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      query IsolationPartner($id: ID!) {\n        partner(id: $id) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationUpdatePartner($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation IsolationUpdatePartner($input: UpdatePartnerInput!) {\n        updatePartner(input: $input) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IsolationMembers($partnerId: ID) {\n        members(partnerId: $partnerId) {\n          nodes {\n            id\n            user {\n              email\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query IsolationMembers($partnerId: ID) {\n        members(partnerId: $partnerId) {\n          nodes {\n            id\n            user {\n              email\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation IsolationAddMember($input: AddMemberInput!) {\n        addMember(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationUpdateMember($input: UpdateMemberInput!) {\n        updateMember(input: $input) {\n          id\n          role\n        }\n      }\n    "): (typeof documents)["\n      mutation IsolationUpdateMember($input: UpdateMemberInput!) {\n        updateMember(input: $input) {\n          id\n          role\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationRemoveMember($id: ID!) {\n        removeMember(id: $id)\n      }\n    "): (typeof documents)["\n      mutation IsolationRemoveMember($id: ID!) {\n        removeMember(id: $id)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputCreateLead($input: CreateLeadInput!) {\n      createLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputCreateLead($input: CreateLeadInput!) {\n      createLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputUpdateLead($input: UpdateLeadInput!) {\n      updateLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputUpdateLead($input: UpdateLeadInput!) {\n      updateLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputQualifyLead($input: QualifyLeadInput!) {\n      qualifyLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputQualifyLead($input: QualifyLeadInput!) {\n      qualifyLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputDisqualifyLead($input: DisqualifyLeadInput!) {\n      disqualifyLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputDisqualifyLead($input: DisqualifyLeadInput!) {\n      disqualifyLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputNurtureLead($input: NurtureLeadInput!) {\n      nurtureLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputNurtureLead($input: NurtureLeadInput!) {\n      nurtureLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputRouteDirect($input: RouteDirectInput!) {\n      routeDirect(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputRouteDirect($input: RouteDirectInput!) {\n      routeDirect(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputDistributeLead($input: DistributeLeadInput!) {\n      distributeLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputDistributeLead($input: DistributeLeadInput!) {\n      distributeLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputWithdrawRound($id: ID!) {\n      withdrawRound(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputWithdrawRound($id: ID!) {\n      withdrawRound(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputWithdrawOffer($id: ID!) {\n      withdrawOffer(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputWithdrawOffer($id: ID!) {\n      withdrawOffer(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputAcceptOffer($id: ID!) {\n      acceptOffer(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputAcceptOffer($id: ID!) {\n      acceptOffer(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputDeclineOffer($input: DeclineOfferInput!) {\n      declineOffer(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputDeclineOffer($input: DeclineOfferInput!) {\n      declineOffer(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputAssignLead($input: AssignLeadInput!) {\n      assignLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputAssignLead($input: AssignLeadInput!) {\n      assignLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputRecordProgress($input: RecordProgressInput!) {\n      recordProgress(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputRecordProgress($input: RecordProgressInput!) {\n      recordProgress(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputReturnLead($input: ReturnLeadInput!) {\n      returnLead(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputReturnLead($input: ReturnLeadInput!) {\n      returnLead(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputCloseLeadWon($input: CloseLeadWonInput!) {\n      closeLeadWon(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputCloseLeadWon($input: CloseLeadWonInput!) {\n      closeLeadWon(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputCloseLeadLost($input: CloseLeadLostInput!) {\n      closeLeadLost(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputCloseLeadLost($input: CloseLeadLostInput!) {\n      closeLeadLost(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputCreateReasonCode($input: CreateReasonCodeInput!) {\n      createReasonCode(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputCreateReasonCode($input: CreateReasonCodeInput!) {\n      createReasonCode(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputUpdateReasonCode($input: UpdateReasonCodeInput!) {\n      updateReasonCode(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputUpdateReasonCode($input: UpdateReasonCodeInput!) {\n      updateReasonCode(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputRetireReasonCode($id: ID!) {\n      retireReasonCode(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputRetireReasonCode($id: ID!) {\n      retireReasonCode(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputCreateIntakeKey($input: CreateIntakeKeyInput!) {\n      createIntakeKey(input: $input) {\n        secret\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputCreateIntakeKey($input: CreateIntakeKeyInput!) {\n      createIntakeKey(input: $input) {\n        secret\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputRevokeIntakeKey($id: ID!) {\n      revokeIntakeKey(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputRevokeIntakeKey($id: ID!) {\n      revokeIntakeKey(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LeadBadInputUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        acceptanceHours\n      }\n    }\n  "): (typeof documents)["\n    mutation LeadBadInputUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n      updateTenantSettings(input: $input) {\n        acceptanceHours\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadBadInputLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query LeadBadInputLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadBadInputLeads2($filter: LeadFilter) {\n        leads(filter: $filter) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query LeadBadInputLeads2($filter: LeadFilter) {\n        leads(filter: $filter) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadBadInputOffers($filter: OfferFilter) {\n        offers(filter: $filter) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query LeadBadInputOffers($filter: OfferFilter) {\n        offers(filter: $filter) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadBadInputReasonCodes($kind: ReasonCodeKind) {\n        reasonCodes(kind: $kind) {\n          key\n        }\n      }\n    "): (typeof documents)["\n      query LeadBadInputReasonCodes($kind: ReasonCodeKind) {\n        reasonCodes(kind: $kind) {\n          key\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadBadInputCreateIntakeKey2 {\n          createIntakeKey(input: { name: \"Website\", source: WEB_FORM }) {\n            intakeKey {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadBadInputCreateIntakeKey2 {\n          createIntakeKey(input: { name: \"Website\", source: WEB_FORM }) {\n            intakeKey {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadCount($filter: LeadFilter) {\n    leads(first: 5, filter: $filter) {\n      totalCount\n      totalCountExact\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadCount($filter: LeadFilter) {\n    leads(first: 5, filter: $filter) {\n      totalCount\n      totalCountExact\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadCreatedWebhookCreateWebhookEndpoint {\n          createWebhookEndpoint(input: { url: \"http://127.0.0.1:9/hooks\", eventTypes: [\"lead.created\", \"lead.updated\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadCreatedWebhookCreateWebhookEndpoint {\n          createWebhookEndpoint(input: { url: \"http://127.0.0.1:9/hooks\", eventTypes: [\"lead.created\", \"lead.updated\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadCreatedWebhookCreateLead {\n          createLead(\n            input: { source: WEB_FORM, company: { name: \"Webhook GmbH\", country: \"DE\" }, contact: { lastName: \"Hook\" } }\n          ) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadCreatedWebhookCreateLead {\n          createLead(\n            input: { source: WEB_FORM, company: { name: \"Webhook GmbH\", country: \"DE\" }, contact: { lastName: \"Hook\" } }\n          ) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadCreatedWebhookUpdateLead($input: UpdateLeadInput!) {\n          updateLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadCreatedWebhookUpdateLead($input: UpdateLeadInput!) {\n          updateLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDataCreate($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      existingCustomer\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDataCreate($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      existingCustomer\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDataUpdate($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      version\n      company {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDataUpdate($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      version\n      company {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDataQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDataQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDataDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      company {\n        name\n      }\n      contact {\n        email\n      }\n      duplicates {\n        leadId\n        matchedOn\n        companyName\n        stage\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDataDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      company {\n        name\n      }\n      contact {\n        email\n      }\n      duplicates {\n        leadId\n        matchedOn\n        companyName\n        stage\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadGradeFilterLeads($filter: LeadFilter) {\n    leads(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        id\n        grade\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadGradeFilterLeads($filter: LeadFilter) {\n    leads(filter: $filter, first: 50) {\n      totalCount\n      nodes {\n        id\n        grade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadHoldingPartnerAssign($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      id\n      stage\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadHoldingPartnerAssign($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      id\n      stage\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadHoldingPartnerProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n      lastProgressAt\n      nextStepAt\n    }\n  }\n"): (typeof documents)["\n  mutation LeadHoldingPartnerProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n      lastProgressAt\n      nextStepAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadHoldingPartnerWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      closedAt\n      won {\n        amount\n        currency\n        closedOn\n      }\n      holdingPartner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadHoldingPartnerWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      closedAt\n      won {\n        amount\n        currency\n        closedOn\n      }\n      holdingPartner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadHoldingPartnerLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n      closedAt\n      lostToCompetitor\n      holdingPartner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadHoldingPartnerLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n      closedAt\n      lostToCompetitor\n      holdingPartner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadHoldingPartnerLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadHoldingPartnerLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadHoldingPartnerEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n        }\n        data\n        actorOrganisation\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadHoldingPartnerEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n        }\n        data\n        actorOrganisation\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LeadHoldingPartnerLead($id: ID!) {\n              lead(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query LeadHoldingPartnerLead($id: ID!) {\n              lead(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LeadHoldingPartnerLeads {\n          leads(filter: { stages: [LOST] }) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LeadHoldingPartnerLeads {\n          leads(filter: { stages: [LOST] }) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadHoldingPartnerNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            stage\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadHoldingPartnerNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            stage\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        id\n        name\n        source\n        sourceDetail\n        prefix\n        leadsCreated\n        lastUsedAt\n        revokedAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadIntakeCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n      intakeKey {\n        id\n        name\n        source\n        sourceDetail\n        prefix\n        leadsCreated\n        lastUsedAt\n        revokedAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadIntakeKeys {\n    intakeKeys {\n      id\n      name\n      source\n      sourceDetail\n      prefix\n      leadsCreated\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query LeadIntakeKeys {\n    intakeKeys {\n      id\n      name\n      source\n      sourceDetail\n      prefix\n      leadsCreated\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadIntakeRevoke($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LeadIntakeRevoke($id: ID!) {\n    revokeIntakeKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadIsolationLead($id: ID!) {\n        lead(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query LeadIsolationLead($id: ID!) {\n        lead(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadIsolationLeads($partnerId: ID!) {\n        leads(filter: { partnerId: $partnerId }) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LeadIsolationLeads($partnerId: ID!) {\n        leads(filter: { partnerId: $partnerId }) {\n          nodes {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadIsolationOffers($leadId: ID!) {\n        offers(filter: { leadId: $leadId }) {\n          nodes {\n            id\n          }\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query LeadIsolationOffers($leadId: ID!) {\n        offers(filter: { leadId: $leadId }) {\n          nodes {\n            id\n          }\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationUpdateLead($input: UpdateLeadInput!) {\n        updateLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationUpdateLead($input: UpdateLeadInput!) {\n        updateLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationQualifyLead($input: QualifyLeadInput!) {\n        qualifyLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationQualifyLead($input: QualifyLeadInput!) {\n        qualifyLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationDisqualifyLead($input: DisqualifyLeadInput!) {\n        disqualifyLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationDisqualifyLead($input: DisqualifyLeadInput!) {\n        disqualifyLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationNurtureLead($input: NurtureLeadInput!) {\n        nurtureLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationNurtureLead($input: NurtureLeadInput!) {\n        nurtureLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationRouteDirect($input: RouteDirectInput!) {\n        routeDirect(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationRouteDirect($input: RouteDirectInput!) {\n        routeDirect(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationDistributeLead($input: DistributeLeadInput!) {\n        distributeLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationDistributeLead($input: DistributeLeadInput!) {\n        distributeLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationWithdrawRound($id: ID!) {\n        withdrawRound(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationWithdrawRound($id: ID!) {\n        withdrawRound(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationWithdrawOffer($id: ID!) {\n        withdrawOffer(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationWithdrawOffer($id: ID!) {\n        withdrawOffer(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationAcceptOffer($id: ID!) {\n        acceptOffer(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationAcceptOffer($id: ID!) {\n        acceptOffer(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationDeclineOffer($input: DeclineOfferInput!) {\n        declineOffer(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationDeclineOffer($input: DeclineOfferInput!) {\n        declineOffer(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationAssignLead($input: AssignLeadInput!) {\n        assignLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationAssignLead($input: AssignLeadInput!) {\n        assignLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationReturnLead($input: ReturnLeadInput!) {\n        returnLead(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationReturnLead($input: ReturnLeadInput!) {\n        returnLead(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationCloseLeadWon($input: CloseLeadWonInput!) {\n        closeLeadWon(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationCloseLeadWon($input: CloseLeadWonInput!) {\n        closeLeadWon(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationCloseLeadLost($input: CloseLeadLostInput!) {\n        closeLeadLost(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationCloseLeadLost($input: CloseLeadLostInput!) {\n        closeLeadLost(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationUpdateReasonCode($input: UpdateReasonCodeInput!) {\n        updateReasonCode(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationUpdateReasonCode($input: UpdateReasonCodeInput!) {\n        updateReasonCode(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationRetireReasonCode($id: ID!) {\n        retireReasonCode(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationRetireReasonCode($id: ID!) {\n        retireReasonCode(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LeadIsolationRevokeIntakeKey($id: ID!) {\n        revokeIntakeKey(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation LeadIsolationRevokeIntakeKey($id: ID!) {\n        revokeIntakeKey(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LeadIsolationCreateIntakeKey($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation LeadIsolationCreateIntakeKey($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadLifecycleOffers($filter: OfferFilter) {\n    offers(filter: $filter, first: 20) {\n      nodes {\n        id\n        status\n        expiresAt\n        leadId\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadLifecycleOffers($filter: OfferFilter) {\n    offers(filter: $filter, first: 20) {\n      nodes {\n        id\n        status\n        expiresAt\n        leadId\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      lead {\n        id\n        stage\n        contact {\n          email\n          lastName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      lead {\n        id\n        stage\n        contact {\n          email\n          lastName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n      pendingFollowUp\n      holdingPartner {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n      pendingFollowUp\n      holdingPartner {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      stage\n      progressStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadLifecycleWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      won {\n        amount\n        currency\n        closedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadLifecycleWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n      won {\n        amount\n        currency\n        closedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadLifecycleEvents($id: ID!) {\n    lead(id: $id) {\n      stage\n      events {\n        type\n        actorName\n        actorOrganisation\n        reasonCode {\n          key\n        }\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadLifecycleEvents($id: ID!) {\n    lead(id: $id) {\n      stage\n      events {\n        type\n        actorName\n        actorOrganisation\n        reasonCode {\n          key\n        }\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadLifecycleOfferHistory($filter: OfferFilter) {\n    offers(filter: $filter) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        history {\n          type\n          actorOrganisation\n          data\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadLifecycleOfferHistory($filter: OfferFilter) {\n    offers(filter: $filter) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        history {\n          type\n          actorOrganisation\n          data\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadListPage($orderBy: LeadOrder!, $after: String) {\n    leads(first: 2, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadListPage($orderBy: LeadOrder!, $after: String) {\n    leads(first: 2, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadRescoreCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadRescoreCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadRescoreRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      scoring {\n        engagement\n        cell\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadRescoreRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      scoring {\n        engagement\n        cell\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringCreateKey($input: CreateIntakeKeyInput!) {\n    createIntakeKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadScoringLead($id: ID!, $language: Locale) {\n    lead(id: $id) {\n      id\n      stage\n      score\n      grade\n      version\n      scoring {\n        fit\n        engagement\n        grade\n        level\n        cell\n        modelVersion\n        overridden\n      }\n      scoreExplanation(language: $language) {\n        modelVersion\n        fit {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n        engagement {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadScoringLead($id: ID!, $language: Locale) {\n    lead(id: $id) {\n      id\n      stage\n      score\n      grade\n      version\n      scoring {\n        fit\n        engagement\n        grade\n        level\n        cell\n        modelVersion\n        overridden\n      }\n      scoreExplanation(language: $language) {\n        modelVersion\n        fit {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n        engagement {\n          score\n          lines {\n            kind\n            group\n            rule\n            label\n            points\n          }\n        }\n      }\n      events {\n        type\n        actorName\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        engagement\n        cell\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringCreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        engagement\n        cell\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringUpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        cell\n        modelVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringUpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      stage\n      version\n      scoring {\n        fit\n        cell\n        modelVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      stage\n      scoring {\n        engagement\n        level\n        cell\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringRecord($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n      stage\n      scoring {\n        engagement\n        level\n        cell\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadScoringModel($version: Int) {\n    scoringModel(version: $version) {\n      version\n      createdByName\n      groups {\n        key\n        axis\n        cap\n        rules {\n          key\n          field\n          operator\n          values\n          min\n          max\n          points\n        }\n      }\n      engagement {\n        kind\n        points\n        halfLifeDays\n      }\n      engagementCap\n      grades {\n        a\n        b\n        c\n      }\n      levels {\n        one\n        two\n      }\n      autoQualification {\n        fit\n        engagement\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadScoringModel($version: Int) {\n    scoringModel(version: $version) {\n      version\n      createdByName\n      groups {\n        key\n        axis\n        cap\n        rules {\n          key\n          field\n          operator\n          values\n          min\n          max\n          points\n        }\n      }\n      engagement {\n        kind\n        points\n        halfLifeDays\n      }\n      engagementCap\n      grades {\n        a\n        b\n        c\n      }\n      levels {\n        one\n        two\n      }\n      autoQualification {\n        fit\n        engagement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) {\n      version\n      createdByName\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) {\n      version\n      createdByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadScoringQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n      scoring {\n        overridden\n        cell\n        fit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadScoringQualify($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      id\n      stage\n      score\n      grade\n      scoring {\n        overridden\n        cell\n        fit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadScoringTeasers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        teaser {\n          score\n          grade\n          cell\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadScoringTeasers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        teaser {\n          score\n          grade\n          cell\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LeadScoringAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LeadScoringAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadSearch($search: String!, $orderBy: LeadOrder! = NEWEST) {\n    leads(first: 50, filter: { search: $search }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        company {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadSearch($search: String!, $orderBy: LeadOrder! = NEWEST) {\n    leads(first: 50, filter: { search: $search }, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        company {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadStatementCountsOffers($first: Int!) {\n    offers(first: $first) {\n      nodes {\n        id\n        status\n        expiresAt\n        partner {\n          name\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        declineReason {\n          key\n          label\n          labels {\n            locale\n            text\n          }\n        }\n        lead {\n          id\n          stage\n          contact {\n            lastName\n            email\n          }\n          holdingPartner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          events {\n            type\n          }\n          duplicates {\n            leadId\n          }\n        }\n        history {\n          type\n          actorName\n          actorOrganisation\n          reasonCode {\n            key\n          }\n          data\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadStatementCountsOffers($first: Int!) {\n    offers(first: $first) {\n      nodes {\n        id\n        status\n        expiresAt\n        partner {\n          name\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n          source\n        }\n        declineReason {\n          key\n          label\n          labels {\n            locale\n            text\n          }\n        }\n        lead {\n          id\n          stage\n          contact {\n            lastName\n            email\n          }\n          holdingPartner {\n            id\n            name\n          }\n          owner {\n            id\n            name\n          }\n          events {\n            type\n          }\n          duplicates {\n            leadId\n          }\n        }\n        history {\n          type\n          actorName\n          actorOrganisation\n          reasonCode {\n            key\n          }\n          data\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadStatementCountsLeads($first: Int!) {\n    leads(first: $first) {\n      nodes {\n        id\n        stage\n        company {\n          name\n        }\n        events {\n          type\n          actorName\n          reasonCode {\n            key\n            label\n          }\n        }\n        duplicates {\n          leadId\n          matchedOn\n          companyName\n          stage\n        }\n        holdingPartner {\n          id\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadStatementCountsLeads($first: Int!) {\n    leads(first: $first) {\n      nodes {\n        id\n        stage\n        company {\n          name\n        }\n        events {\n          type\n          actorName\n          reasonCode {\n            key\n            label\n          }\n        }\n        duplicates {\n          leadId\n          matchedOn\n          companyName\n          stage\n        }\n        holdingPartner {\n          id\n          name\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadStatementCountsInbox($first: Int!) {\n        offers(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            status\n            offeredAt\n            expiresAt\n            mode\n            allowedActions\n            partner {\n              name\n            }\n            teaser {\n              companySize\n              industry\n              country\n              postalArea\n              city\n              productLine\n              requestType\n              timeframe\n              budget\n              score\n              grade\n              cell\n              source\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LeadStatementCountsInbox($first: Int!) {\n        offers(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            status\n            offeredAt\n            expiresAt\n            mode\n            allowedActions\n            partner {\n              name\n            }\n            teaser {\n              companySize\n              industry\n              country\n              postalArea\n              city\n              productLine\n              requestType\n              timeframe\n              budget\n              score\n              grade\n              cell\n              source\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadStatementCountsLeadsPage($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            stage\n            createdAt\n            company {\n              name\n              city\n            }\n            contact {\n              lastName\n              email\n            }\n            holdingPartner {\n              name\n            }\n            owner {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LeadStatementCountsLeadsPage($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            stage\n            createdAt\n            company {\n              name\n              city\n            }\n            contact {\n              lastName\n              email\n            }\n            holdingPartner {\n              name\n            }\n            owner {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadStatementCountsSearch($search: String!, $after: String) {\n        leads(first: 5, after: $after, filter: { search: $search }) {\n          totalCount\n          totalCountExact\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            endCursor\n          }\n          nodes {\n            id\n            company {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LeadStatementCountsSearch($search: String!, $after: String) {\n        leads(first: 5, after: $after, filter: { search: $search }) {\n          totalCount\n          totalCountExact\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            endCursor\n          }\n          nodes {\n            id\n            company {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LeadStatementCountsLead($id: ID!) {\n        lead(id: $id) {\n          id\n          stage\n          company {\n            name\n          }\n          contact {\n            lastName\n            email\n          }\n          events {\n            type\n            occurredAt\n            actorName\n            actorOrganisation\n            reasonCode {\n              key\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LeadStatementCountsLead($id: ID!) {\n        lead(id: $id) {\n          id\n          stage\n          company {\n            name\n          }\n          contact {\n            lastName\n            email\n          }\n          events {\n            type\n            occurredAt\n            actorName\n            actorOrganisation\n            reasonCode {\n              key\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation LoginLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MySettingsSave($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation MySettingsSave($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySettingsMe {\n    me {\n      user {\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySettingsMe {\n    me {\n      user {\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailSaveLanguage($input: UpdateMySettingsInput!) {\n          updateMySettings(input: $input) {\n            locale\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationMailSaveLanguage($input: UpdateMySettingsInput!) {\n          updateMySettings(input: $input) {\n            locale\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n            declineOffer(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {\n            declineOffer(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NotificationMailFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n              kind\n              lastError\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NotificationMailFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n              kind\n              lastError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query NotificationMailFailedNotifications2 {\n              failedNotifications {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query NotificationMailFailedNotifications2 {\n              failedNotifications {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OfferDeadlinePreview {\n    offerDeadlinePreview {\n      tier\n      businessHours\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferDeadlinePreviewUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation OfferDeadlinePreviewUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferTeaserReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfferTeaserReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferTeaserLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfferTeaserLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferTeaserWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfferTeaserWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferTeaserLead($id: ID!) {\n    lead(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OfferTeaserLead($id: ID!) {\n    lead(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferTeaserOfferView($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 10) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n        }\n        history {\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferTeaserOfferView($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 10) {\n      nodes {\n        status\n        lead {\n          id\n        }\n        teaser {\n          companySize\n          industry\n          country\n          postalArea\n          city\n          productLine\n          requestType\n          score\n          grade\n        }\n        history {\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferTeaserLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferTeaserLeadIds {\n    leads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      "): (typeof documents)["\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerLoadDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerLoadDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerLoadAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerLoadAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerLoadDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerLoadDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerLoadWithdraw($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerLoadWithdraw($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerLoadReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerLoadReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n"): (typeof documents)["\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {\n          addMember(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsAddMember($input: AddMemberInput!) {\n          addMember(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {\n          createReasonCode(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreateReasonCode($input: CreateReasonCodeInput!) {\n          createReasonCode(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRefusalsSchedulePartnerAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRefusalsSchedulePartnerAbsence($input: SchedulePartnerAbsenceInput!) {\n    schedulePartnerAbsence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsPartners {\n          partners {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsPartners {\n          partners {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsPartner($id: ID!) {\n          partner(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsPartner($id: ID!) {\n          partner(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreatePartner($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreatePartner($input: CreatePartnerInput!) {\n          createPartner(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdatePartner($input: UpdatePartnerInput!) {\n          updatePartner(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdatePartner($input: UpdatePartnerInput!) {\n          updatePartner(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsMembers {\n          members {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsMembers {\n          members {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsResendInvitation($id: ID!) {\n          resendInvitation(id: $id)\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsResendInvitation($id: ID!) {\n          resendInvitation(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateMember($input: UpdateMemberInput!) {\n          updateMember(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateMember($input: UpdateMemberInput!) {\n          updateMember(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRemoveMember($id: ID!) {\n          removeMember(id: $id)\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRemoveMember($id: ID!) {\n          removeMember(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsLeads {\n          leads {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsLeads {\n          leads {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreateLead($input: CreateLeadInput!) {\n          createLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreateLead($input: CreateLeadInput!) {\n          createLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyRefusalsUpdateLead($input: UpdateLeadInput!) {\n            updateLead(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyRefusalsUpdateLead($input: UpdateLeadInput!) {\n            updateLead(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsQualifyLead($input: QualifyLeadInput!) {\n          qualifyLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsQualifyLead($input: QualifyLeadInput!) {\n          qualifyLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsDisqualifyLead($input: DisqualifyLeadInput!) {\n          disqualifyLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsDisqualifyLead($input: DisqualifyLeadInput!) {\n          disqualifyLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsNurtureLead($input: NurtureLeadInput!) {\n          nurtureLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRouteDirect($input: RouteDirectInput!) {\n          routeDirect(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRouteDirect($input: RouteDirectInput!) {\n          routeDirect(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsDistributeLead($input: DistributeLeadInput!) {\n          distributeLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsWithdrawRound($id: ID!) {\n          withdrawRound(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsWithdrawRound($id: ID!) {\n          withdrawRound(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsAssignLead($input: AssignLeadInput!) {\n          assignLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsAssignLead($input: AssignLeadInput!) {\n          assignLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsReturnLead($input: ReturnLeadInput!) {\n          returnLead(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsReturnLead($input: ReturnLeadInput!) {\n          returnLead(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCloseLeadWon($input: CloseLeadWonInput!) {\n          closeLeadWon(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCloseLeadWon($input: CloseLeadWonInput!) {\n          closeLeadWon(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCloseLeadLost($input: CloseLeadLostInput!) {\n          closeLeadLost(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCloseLeadLost($input: CloseLeadLostInput!) {\n          closeLeadLost(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsOffers {\n          offers {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsOffers {\n          offers {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsAcceptOffer($id: ID!) {\n          acceptOffer(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsDeclineOffer($input: DeclineOfferInput!) {\n          declineOffer(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsWithdrawOffer($id: ID!) {\n          withdrawOffer(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsWithdrawOffer($id: ID!) {\n          withdrawOffer(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRecordEngagement($input: RecordEngagementInput!) {\n          recordEngagement(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRecordEngagement($input: RecordEngagementInput!) {\n          recordEngagement(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsScoringModel {\n          scoringModel {\n            version\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsScoringModel {\n          scoringModel {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateScoringModel($input: UpdateScoringModelInput!) {\n          updateScoringModel(input: $input) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateScoringModel($input: UpdateScoringModelInput!) {\n          updateScoringModel(input: $input) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsReasonCodes {\n          reasonCodes {\n            key\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsReasonCodes {\n          reasonCodes {\n            key\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateReasonCode($input: UpdateReasonCodeInput!) {\n          updateReasonCode(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateReasonCode($input: UpdateReasonCodeInput!) {\n          updateReasonCode(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRetireReasonCode($id: ID!) {\n          retireReasonCode(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRetireReasonCode($id: ID!) {\n          retireReasonCode(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsIntakeKeys {\n          intakeKeys {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsIntakeKeys {\n          intakeKeys {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreateIntakeKey($input: CreateIntakeKeyInput!) {\n          createIntakeKey(input: $input) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreateIntakeKey($input: CreateIntakeKeyInput!) {\n          createIntakeKey(input: $input) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyRefusalsCreateIntakeKey2($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyRefusalsCreateIntakeKey2($input: CreateIntakeKeyInput!) {\n            createIntakeKey(input: $input) {\n              intakeKey {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyRefusalsRevokeIntakeKey($id: ID!) {\n            revokeIntakeKey(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyRefusalsRevokeIntakeKey($id: ID!) {\n            revokeIntakeKey(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsCandidatePartners($leadId: ID!) {\n          candidatePartners(leadId: $leadId) {\n            leadId\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsCandidatePartners($leadId: ID!) {\n          candidatePartners(leadId: $leadId) {\n            leadId\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsRoutingPolicy {\n          routingPolicy {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsRoutingPolicy {\n          routingPolicy {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateRoutingPolicy($input: UpdateRoutingPolicyInput!) {\n          updateRoutingPolicy(input: $input) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateRoutingPolicy($input: UpdateRoutingPolicyInput!) {\n          updateRoutingPolicy(input: $input) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsPartnerAbsences($partnerId: ID!) {\n          partnerAbsences(partnerId: $partnerId) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsPartnerAbsences($partnerId: ID!) {\n          partnerAbsences(partnerId: $partnerId) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCancelPartnerAbsence($id: ID!) {\n          cancelPartnerAbsence(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCancelPartnerAbsence($id: ID!) {\n          cancelPartnerAbsence(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsTenantSettings {\n          tenantSettings {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsTenantSettings {\n          tenantSettings {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsOfferDeadlinePreview {\n          offerDeadlinePreview {\n            tier\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsOfferDeadlinePreview {\n          offerDeadlinePreview {\n            tier\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n          updateTenantSettings(input: $input) {\n            __typename\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n          updateTenantSettings(input: $input) {\n            __typename\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsFailedNotifications {\n          failedNotifications {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsStaleLeads {\n          staleLeads {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsStaleLeads {\n          staleLeads {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsWebhookEndpoints {\n          webhookEndpoints {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsWebhookEndpoints {\n          webhookEndpoints {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsWebhookEventTypes {\n          webhookEventTypes\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsWebhookEventTypes {\n          webhookEventTypes\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyRefusalsWebhookDeliveries {\n          webhookDeliveries {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PolicyRefusalsWebhookDeliveries {\n          webhookDeliveries {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsCreateWebhookEndpoint2($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsCreateWebhookEndpoint2($input: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $input) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n          updateWebhookEndpoint(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n          updateWebhookEndpoint(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsDisableWebhookEndpoint($id: ID!) {\n          disableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsDisableWebhookEndpoint($id: ID!) {\n          disableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsEnableWebhookEndpoint($id: ID!) {\n          enableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsEnableWebhookEndpoint($id: ID!) {\n          enableWebhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyRefusalsSendTestWebhook($id: ID!) {\n          sendTestWebhook(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyRefusalsSendTestWebhook($id: ID!) {\n          sendTestWebhook(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionPartners {\n    partners {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProductionPartners {\n    partners {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductionAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProductionAddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query ProductionTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n"): (typeof documents)["\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n"): (typeof documents)["\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RememberedArgumentsOffers($first: Int!, $status: [OfferStatus!]) {\n    offers(first: $first, filter: { status: $status }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RememberedArgumentsOffers($first: Int!, $status: [OfferStatus!]) {\n    offers(first: $first, filter: { status: $status }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCacheMe {\n    me {\n      user {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionCacheMe {\n    me {\n      user {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCacheLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation SessionCacheLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      "): (typeof documents)["\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionCookieLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation SessionCookieLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      "): (typeof documents)["\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoWorkersCreateWebhookEndpoint($url: String!) {\n          createWebhookEndpoint(input: { url: $url, eventTypes: [\"offer.expired\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoWorkersCreateWebhookEndpoint($url: String!) {\n          createWebhookEndpoint(input: { url: $url, eventTypes: [\"offer.expired\"] }) {\n            endpoint {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n        eventTypes\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDisable($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksDisable($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksEnable($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      consecutiveFailures\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksEnable($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      id\n      status\n      disabledReason\n      consecutiveFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRotate($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSendTest($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      eventType\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksSendTest($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      eventType\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        status\n        disabledReason\n        consecutiveFailures\n        lastSuccessAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksEndpoints {\n    webhookEndpoints(first: 100) {\n      totalCount\n      nodes {\n        id\n        url\n        status\n        disabledReason\n        consecutiveFailures\n        lastSuccessAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        endpointId\n        eventType\n        eventId\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        endpointId\n        eventType\n        eventId\n        status\n        attempts\n        lastResponseCode\n        lastError\n        lastAttemptAt\n        deliveredAt\n        payload\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksWon($input: CloseLeadWonInput!) {\n    closeLeadWon(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhooksEventTypes {\n          webhookEventTypes\n        }\n      "): (typeof documents)["\n        query WebhooksEventTypes {\n          webhookEventTypes\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DueWorkUpdateNotificationPreferences {\n          updateNotificationPreferences(input: { disabled: [REMINDERS] }) {\n            disabled\n          }\n        }\n      "): (typeof documents)["\n        mutation DueWorkUpdateNotificationPreferences {\n          updateNotificationPreferences(input: { disabled: [REMINDERS] }) {\n            disabled\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DueWorkStaleLeads {\n          staleLeads(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DueWorkStaleLeads {\n          staleLeads(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DueWorkStaleLeads2 {\n              staleLeads {\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query DueWorkStaleLeads2 {\n              staleLeads {\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DueWorkRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DueWorkRecordProgress($input: RecordProgressInput!) {\n          recordProgress(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DueWorkAcceptOffer($id: ID!) {\n              acceptOffer(id: $id) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation DueWorkAcceptOffer($id: ID!) {\n              acceptOffer(id: $id) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListPlansInbox {\n    offers(first: 25, filter: { status: [PENDING] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        partner {\n          name\n        }\n        teaser {\n          city\n          postalArea\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListPlansInbox {\n    offers(first: 25, filter: { status: [PENDING] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        partner {\n          name\n        }\n        teaser {\n          city\n          postalArea\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListPlansOffersFull {\n    offers(first: 25) {\n      nodes {\n        id\n        lead {\n          id\n        }\n        declineReason {\n          key\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListPlansOffersFull {\n    offers(first: 25) {\n      nodes {\n        id\n        lead {\n          id\n        }\n        declineReason {\n          key\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListPlansLeads($orderBy: LeadOrder! = NEWEST, $filter: LeadFilter, $after: String) {\n    leads(first: 25, orderBy: $orderBy, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListPlansLeads($orderBy: LeadOrder! = NEWEST, $filter: LeadFilter, $after: String) {\n    leads(first: 25, orderBy: $orderBy, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n"): (typeof documents)["\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandaloneRestartLogin {\n    login(input: { email: \"channel@nordlicht.example\", password: \"leadrelay-demo\" }) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation StandaloneRestartLogin {\n    login(input: { email: \"channel@nordlicht.example\", password: \"leadrelay-demo\" }) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandaloneRestartLeads {\n    leads {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StandaloneRestartLeads {\n    leads {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    "): (typeof documents)["\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;