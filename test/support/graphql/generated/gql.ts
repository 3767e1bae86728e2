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
    "\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InvitationPasswordAddDocument,
    "\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n": typeof types.InvitationPasswordResendDocument,
    "\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.InvitationPasswordSetPasswordDocument,
    "\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.InvitationPasswordRequestResetDocument,
    "\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InvitationPasswordMeDocument,
    "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.LeadDistributionReturnDocument,
    "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n": typeof types.LeadDistributionUpdateSettingsDocument,
    "\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginMeDocument,
    "\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginRefreshDocument,
    "\n  mutation LoginLogout {\n    logout\n  }\n": typeof types.LoginLogoutDocument,
    "\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.LoginRemoveMemberDocument,
    "\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.MembersAddDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.MembersUpdateDocument,
    "\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.MembersRemoveDocument,
    "\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersMembersDocument,
    "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfferLeadVisibilityOffersDocument,
    "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": typeof types.OfferLeadVisibilityLeadDocument,
    "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      ": typeof types.LoginDocument,
    "\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n": typeof types.PartnersFieldsFragmentDoc,
    "\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": typeof types.PartnersCreateDocument,
    "\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": typeof types.PartnersUpdateDocument,
    "\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnersPartnersDocument,
    "\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.PartnersPartnerDocument,
    "\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n": typeof types.ReasonCodesFieldsFragmentDoc,
    "\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesReasonCodesDocument,
    "\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesCreateDocument,
    "\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesUpdateDocument,
    "\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n": typeof types.ReasonCodesRetireDocument,
    "\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesDisqualifyDocument,
    "\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesReturnDocument,
    "\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.ReasonCodesLostDocument,
    "\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n": typeof types.ReasonCodesEventsDocument,
    "\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.SessionCookieLoginDocument,
    "\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n": typeof types.SessionCookieRefreshFromCookieDocument,
    "\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.SessionCookieRefreshFromBodyDocument,
    "\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.SessionCookieMeDocument,
    "\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      ": typeof types.SessionCookieLogin2Document,
    "\n        mutation SessionCookieLogout {\n          logout\n        }\n      ": typeof types.SessionCookieLogoutDocument,
    "\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      ": typeof types.SessionCookieLogout2Document,
    "\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.IdentityFactoriesLoginDocument,
    "\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": typeof types.LeadFactoriesDistributeDocument,
    "\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.LeadFactoriesAcceptDocument,
    "\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.LeadFactoriesDeclineDocument,
    "\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LeadFactoriesOffersOfLeadDocument,
    "\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n": typeof types.ExpensiveRequestUpdateSettingsDocument,
    "\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OfferRaceWithdrawOfferDocument,
    "\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n": typeof types.OfferRaceWithdrawRoundDocument,
    "\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    ": typeof types.DemoLoginDocument,
};
const documents: Documents = {
    "\n  mutation InvitationPasswordAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.InvitationPasswordAddDocument,
    "\n  mutation InvitationPasswordResend($id: ID!) {\n    resendInvitation(id: $id)\n  }\n": types.InvitationPasswordResendDocument,
    "\n  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.InvitationPasswordSetPasswordDocument,
    "\n  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.InvitationPasswordRequestResetDocument,
    "\n  query InvitationPasswordMe {\n    me {\n      user {\n        email\n      }\n      membership {\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": types.InvitationPasswordMeDocument,
    "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.LeadDistributionReturnDocument,
    "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n": types.LeadDistributionUpdateSettingsDocument,
    "\n  query LoginMe {\n    me {\n      user {\n        id\n        email\n      }\n      membership {\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginMeDocument,
    "\n  mutation LoginRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginRefreshDocument,
    "\n  mutation LoginLogout {\n    logout\n  }\n": types.LoginLogoutDocument,
    "\n  mutation LoginRemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.LoginRemoveMemberDocument,
    "\n  mutation MembersAdd($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      role\n      user {\n        id\n        email\n        name\n      }\n      partner {\n        id\n      }\n    }\n  }\n": types.MembersAddDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      role\n      partner {\n        id\n      }\n    }\n  }\n": types.MembersUpdateDocument,
    "\n  mutation MembersRemove($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.MembersRemoveDocument,
    "\n  query MembersMembers($partnerId: ID) {\n    members(partnerId: $partnerId, first: 100) {\n      nodes {\n        id\n      }\n      totalCount\n    }\n  }\n": types.MembersMembersDocument,
    "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.OfferLeadVisibilityOffersDocument,
    "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      ": types.OfferLeadVisibilityLeadDocument,
    "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      ": types.LoginDocument,
    "\n  fragment PartnersFields on Partner {\n    id\n    name\n    tier\n    status\n    city\n    territories {\n      country\n      postalCodePrefixes\n    }\n    competencies\n    capacity\n    version\n  }\n": types.PartnersFieldsFragmentDoc,
    "\n  mutation PartnersCreate($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": types.PartnersCreateDocument,
    "\n  mutation PartnersUpdate($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnersFields\n    }\n  }\n": types.PartnersUpdateDocument,
    "\n  query PartnersPartners($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PartnersPartnersDocument,
    "\n  query PartnersPartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": types.PartnersPartnerDocument,
    "\n  fragment ReasonCodesFields on ReasonCode {\n    id\n    key\n    kind\n    label\n    labels {\n      locale\n      text\n    }\n    commentRequired\n    followUp\n    retired\n  }\n": types.ReasonCodesFieldsFragmentDoc,
    "\n  query ReasonCodesReasonCodes($kind: ReasonCodeKind, $includeRetired: Boolean! = false) {\n    reasonCodes(kind: $kind, includeRetired: $includeRetired) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesReasonCodesDocument,
    "\n  mutation ReasonCodesCreate($input: CreateReasonCodeInput!) {\n    createReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesCreateDocument,
    "\n  mutation ReasonCodesUpdate($input: UpdateReasonCodeInput!) {\n    updateReasonCode(input: $input) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesUpdateDocument,
    "\n  mutation ReasonCodesRetire($id: ID!) {\n    retireReasonCode(id: $id) {\n      ...ReasonCodesFields\n    }\n  }\n": types.ReasonCodesRetireDocument,
    "\n  mutation ReasonCodesDisqualify($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesDisqualifyDocument,
    "\n  mutation ReasonCodesReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesReturnDocument,
    "\n  mutation ReasonCodesLost($input: CloseLeadLostInput!) {\n    closeLeadLost(input: $input) {\n      id\n      stage\n    }\n  }\n": types.ReasonCodesLostDocument,
    "\n  query ReasonCodesEvents($id: ID!) {\n    lead(id: $id) {\n      events {\n        type\n        comment\n        reasonCode {\n          key\n          retired\n        }\n      }\n    }\n  }\n": types.ReasonCodesEventsDocument,
    "\n  mutation SessionCookieLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.SessionCookieLoginDocument,
    "\n  mutation SessionCookieRefreshFromCookie {\n    refreshSession {\n      accessToken\n    }\n  }\n": types.SessionCookieRefreshFromCookieDocument,
    "\n  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.SessionCookieRefreshFromBodyDocument,
    "\n  query SessionCookieMe {\n    me {\n      user {\n        email\n      }\n    }\n  }\n": types.SessionCookieMeDocument,
    "\n        mutation SessionCookieLogin2($input: LoginInput!) {\n          login(input: $input) {\n            refreshToken\n          }\n        }\n      ": types.SessionCookieLogin2Document,
    "\n        mutation SessionCookieLogout {\n          logout\n        }\n      ": types.SessionCookieLogoutDocument,
    "\n        mutation SessionCookieLogout2 {\n          logout(everywhere: true)\n        }\n      ": types.SessionCookieLogout2Document,
    "\n  mutation IdentityFactoriesLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.IdentityFactoriesLoginDocument,
    "\n  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {\n    distributeLead(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": types.LeadFactoriesDistributeDocument,
    "\n  mutation LeadFactoriesAccept($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.LeadFactoriesAcceptDocument,
    "\n  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.LeadFactoriesDeclineDocument,
    "\n  query LeadFactoriesOffersOfLead($leadId: ID!) {\n    offers(filter: { leadId: $leadId }, first: 100) {\n      nodes {\n        id\n        status\n        roundId\n        offeredAt\n        expiresAt\n        partner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LeadFactoriesOffersOfLeadDocument,
    "\n  mutation ExpensiveRequestUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      holidays\n    }\n  }\n": types.ExpensiveRequestUpdateSettingsDocument,
    "\n  mutation OfferRaceWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.OfferRaceWithdrawOfferDocument,
    "\n  mutation OfferRaceWithdrawRound($id: ID!) {\n    withdrawRound(id: $id) {\n      id\n      stage\n    }\n  }\n": types.OfferRaceWithdrawRoundDocument,
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
export function graphql(source: "\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDistributionReturn($input: ReturnLeadInput!) {\n    returnLead(input: $input) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeadDistributionUpdateSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      acceptanceHours\n      acceptanceHoursByTier {\n        gold\n        silver\n        bronze\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferLeadVisibilityOffers($leadId: ID!) {\n    offers(filter: { leadId: $leadId }) {\n      nodes {\n        id\n        lead {\n          id\n          contact {\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query OfferLeadVisibilityLead($id: ID!) {\n          lead(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      "): (typeof documents)["\n        mutation Login($input: LoginInput!) {\n          login(input: $input) {\n            accessToken\n          }\n        }\n      "];
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
export function graphql(source: "\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    "): (typeof documents)["\n      mutation DemoLogin($input: LoginInput!) {\n        login(input: $input) {\n          accessToken\n        }\n      }\n    "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;