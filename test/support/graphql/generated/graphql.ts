/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A person to add to the tenant: a new user is invited by mail to choose a password. */
export type AddMemberInput = {
  /** The person's e-mail address; an existing user is found by it. */
  email: string;
  /** Their language for mails; the tenant's when left out. */
  locale?: Locale | null | undefined;
  /** Used when the e-mail is new to LeadRelay; an existing user keeps their name. */
  name: string;
  /** Required for partner roles; a partner admin may leave it out. */
  partnerId?: string | number | null | undefined;
  /** What they may do. */
  role: Role;
};

/** Closes a held lead as lost, with a LOST reason code; marketing then takes it for nurturing. */
export type CloseLeadLostInput = {
  /** Required by some reasons (OTHER). */
  comment?: string | null | undefined;
  /** Who won the deal instead. */
  competitor?: string | null | undefined;
  /** The lead to move. */
  leadId: string | number;
  /** The key of a reason code of this move's kind, e.g. PROJECT_DOES_NOT_FIT for a return. */
  reasonCode: string;
};

/** A new partner organisation (vendor admins). */
export type CreatePartnerInput = {
  /** The most leads it holds open at once. */
  capacity?: number;
  /** Where it is based. */
  city?: string | null | undefined;
  /** Product lines and industries it serves. */
  competencies?: Array<string>;
  /** The partner organisation's name. */
  name: string;
  /** Only ACTIVE partners receive offers. */
  status?: PartnerStatus;
  /** Where it sells: countries and postal-code prefixes. */
  territories?: Array<TerritoryInput>;
  /** Its tier; routing and acceptance periods may depend on it. */
  tier?: PartnerTier;
};

/** A new reason code for the tenant's catalogue (vendor admins). */
export type CreateReasonCodeInput = {
  /** Whether moves with this reason must carry a comment. */
  commentRequired?: boolean;
  /** What follows a move with this reason. */
  followUp: ReasonFollowUp;
  /** Stable key in capitals, e.g. PRICE_TOO_HIGH. */
  key: string;
  /** When it is given; never changes. */
  kind: ReasonCodeKind;
  /** One label for each language LeadRelay speaks. */
  labels: Array<ReasonCodeLabelInput>;
};

/** A partner refuses an offer, with a DECLINE reason code. */
export type DeclineOfferInput = {
  /** Required by some reasons (OTHER). */
  comment?: string | null | undefined;
  /** The offer to decline. */
  offerId: string | number;
  /** The key of a DECLINE reason code, e.g. NO_CAPACITY. */
  reasonCode: string;
};

/** Rejects a lead with a DISQUALIFY reason code. */
export type DisqualifyLeadInput = {
  /** Required by some reasons (OTHER). */
  comment?: string | null | undefined;
  /** The lead to move. */
  leadId: string | number;
  /** The key of a reason code of this move's kind, e.g. PROJECT_DOES_NOT_FIT for a return. */
  reasonCode: string;
};

/** Offers a lead to partners in a new round. */
export type DistributeLeadInput = {
  /** The acceptance deadline. Left out: the tenant's acceptance period (per partner tier) in business hours. */
  expiresAt?: string | null | undefined;
  /** Offer it also to partners that declined or returned this lead before. */
  includeExcluded?: boolean;
  /** The lead to move. */
  leadId: string | number;
  /** To one partner, or to several at once. */
  mode: DistributionMode;
  /** EXCLUSIVE: exactly one partner. SHARED: several; the first to accept wins. */
  partnerIds: Array<string | number>;
};

/** EXCLUSIVE: to one partner. SHARED: to several at once; the first to accept wins. */
export type DistributionMode =
  /** Offered to one partner. */
  | 'EXCLUSIVE'
  /** Offered to several partners at once; the first to accept wins, the other offers close. */
  | 'SHARED';

/** Where a lead stands in its life, from intake to its result. */
export type LeadStage =
  /** A partner accepted the offer and holds the lead; no progress recorded yet. */
  | 'ACCEPTED'
  /** Kept in direct sales (e.g. a key account) and worked by a DIRECT_SALES user. */
  | 'DIRECT'
  /** Rejected by the vendor with a DISQUALIFY reason code; not worked. */
  | 'DISQUALIFIED'
  /** The holding partner records progress (contacted, meeting, proposal, negotiation). */
  | 'IN_PROGRESS'
  /** Closed lost by the partner with a LOST reason code; waits in marketing's nurture queue. */
  | 'LOST'
  /** Just came in (intake); not yet qualified. */
  | 'NEW'
  /** With marketing for nurturing: scored too low, or returned or lost and taken back by marketing. */
  | 'NURTURING'
  /** Offered in a round to one or several partners, waiting for an acceptance. */
  | 'OFFERED'
  /** Scored above the threshold (marketing-qualified); ready to distribute or route to direct sales. */
  | 'QUALIFIED'
  /** The partner handed the lead back with a RETURN reason code; waits for the channel manager or marketing. */
  | 'RETURNED'
  /** The last round ended with no acceptance (declined, expired or withdrawn): waits for the channel manager. */
  | 'UNPLACED'
  /** Closed won by the partner (deal value, currency, close date). */
  | 'WON';

/** A language of mails and labels. */
export type Locale =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN';

/** E-mail and password, and the tenant when the user has several. */
export type LoginInput = {
  /** The e-mail address the user logs in with. */
  email: string;
  /** The password. */
  password: string;
  /** Required when the user is a member of several tenants. */
  tenantId?: string | number | null | undefined;
};

/** Where an offer stands: PENDING, then exactly one of the others. */
export type OfferStatus =
  /** The partner accepted: it holds the lead. */
  | 'ACCEPTED'
  /** Another partner accepted first in the shared round. */
  | 'CLOSED'
  /** The partner declined, with a DECLINE reason code. */
  | 'DECLINED'
  /** The deadline passed without an answer. */
  | 'EXPIRED'
  /** Waiting for the partner's answer until its deadline. */
  | 'PENDING'
  /** The vendor pulled the offer back. */
  | 'WITHDRAWN';

/** INVITED: not yet working; ACTIVE: receives offers; PAUSED: temporarily receives none; ENDED: the partnership is over. */
export type PartnerStatus =
  /** Receives offers. */
  | 'ACTIVE'
  /** The partnership is over. */
  | 'ENDED'
  /** Not yet working: receives no offers. */
  | 'INVITED'
  /** Temporarily receives no offers. */
  | 'PAUSED';

/** A partner's tier: which leads it fits and how long it has to accept. */
export type PartnerTier =
  /** The entry tier. */
  | 'BRONZE'
  /** The highest tier; by default it has a shorter acceptance period (see TenantSettings). */
  | 'GOLD'
  /** The middle tier. */
  | 'SILVER';

/** When a reason code is given. */
export type ReasonCodeKind =
  /** A partner refuses an offer. */
  | 'DECLINE'
  /** The vendor rejects a lead. */
  | 'DISQUALIFY'
  /** A partner closes a lead as lost. */
  | 'LOST'
  /** A partner hands an accepted lead back. */
  | 'RETURN';

/** A reason code's label in one language. */
export type ReasonCodeLabelInput = {
  /** The language of the label. */
  locale: Locale;
  /** The label in that language, at most 200 characters. */
  text: string;
};

/** What follows: RE_OFFER to another partner, NURTURE in marketing, or DISCARD. */
export type ReasonFollowUp =
  /** The lead is not worked further. */
  | 'DISCARD'
  /** The lead goes to marketing for nurturing. */
  | 'NURTURE'
  /** The channel manager offers the lead to another partner. */
  | 'RE_OFFER';

/** A refresh token to exchange for a new pair of tokens. */
export type RefreshSessionInput = {
  /** The refresh token from login or the last refresh; each works once. Left out in a browser: the refresh cookie is used. */
  refreshToken?: string | null | undefined;
};

/** The e-mail address to send a password-reset link to. */
export type RequestPasswordResetInput = {
  /** The e-mail address the user logs in with. */
  email: string;
};

/** Hands an accepted lead back to the vendor, with a RETURN reason code. */
export type ReturnLeadInput = {
  /** Required by some reasons (OTHER). */
  comment?: string | null | undefined;
  /** The lead to move. */
  leadId: string | number;
  /** The key of a reason code of this move's kind, e.g. PROJECT_DOES_NOT_FIT for a return. */
  reasonCode: string;
};

/** What a membership may do: vendor roles see the whole tenant, partner roles only their own partner. */
export type Role =
  /** Vendor: distributes leads to partners, watches deadlines, handles escalations and returned leads. */
  | 'CHANNEL_MANAGER'
  /** Vendor: works the leads that routing keeps in direct sales. */
  | 'DIRECT_SALES'
  /** Vendor: brings leads in, qualifies them, nurtures returned and lost leads. */
  | 'MARKETING'
  /** Partner: manages its own users, sees all of its partner's leads, assigns them to reps. */
  | 'PARTNER_ADMIN'
  /** Partner: accepts or declines offers, works and closes the leads assigned to them. */
  | 'PARTNER_SALES'
  /** Vendor: configures the tenant (users, partners, reason codes, scoring, deadlines). */
  | 'VENDOR_ADMIN';

/** The token from an invitation or password-reset link, and the new password. */
export type SetPasswordInput = {
  /** At least 12 characters; not the e-mail address or the name. */
  password: string;
  /** The token from the link in the invitation or password-reset mail. */
  token: string;
};

/** Where a partner sells: a country, whole or by postal-code prefixes. */
export type TerritoryInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. DE. */
  country: string;
  /** Postal-code prefixes, 1 to 5 digits each, e.g. "20". */
  postalCodePrefixes?: Array<string>;
};

/** Acceptance periods per partner tier, in business hours; a tier left out or null takes `acceptanceHours`. */
export type TierHoursInput = {
  /** Business hours a BRONZE partner has to accept an offer. */
  bronze?: number | null | undefined;
  /** Business hours a GOLD partner has to accept an offer. */
  gold?: number | null | undefined;
  /** Business hours a SILVER partner has to accept an offer. */
  silver?: number | null | undefined;
};

/** A new role (and partner) for a membership. */
export type UpdateMemberInput = {
  /** The membership id. */
  id: string | number;
  /** The partner, for a partner role. */
  partnerId?: string | number | null | undefined;
  /** The new role. */
  role?: Role | null | undefined;
};

/** Only the fields given are changed. Pausing and ending a partner is a change of status. */
export type UpdatePartnerInput = {
  /** The most leads it holds open at once. */
  capacity?: number | null | undefined;
  /** Where it is based. */
  city?: string | null | undefined;
  /** Replaces its competencies. */
  competencies?: Array<string> | null | undefined;
  /** The partner to change. */
  id: string | number;
  /** The partner organisation's name. */
  name?: string | null | undefined;
  /** Only ACTIVE partners receive offers. */
  status?: PartnerStatus | null | undefined;
  /** Replaces its territories. */
  territories?: Array<TerritoryInput> | null | undefined;
  /** Its tier; routing and acceptance periods may depend on it. */
  tier?: PartnerTier | null | undefined;
  /** The version you read; a newer one in the database is a CONFLICT. */
  version?: number | null | undefined;
};

/** Only the fields given change. The key and the kind never change. */
export type UpdateReasonCodeInput = {
  /** Whether moves with this reason must carry a comment. */
  commentRequired?: boolean | null | undefined;
  /** What follows a move with this reason. */
  followUp?: ReasonFollowUp | null | undefined;
  /** The reason code to change. */
  id: string | number;
  /** New labels for the languages given; the other languages keep theirs. */
  labels?: Array<ReasonCodeLabelInput> | null | undefined;
};

/** Only the fields given change. */
export type UpdateTenantSettingsInput = {
  /** Business hours a partner has to accept an offer, 0.25 to 2000. */
  acceptanceHours?: number | null | undefined;
  /** Replaces the per-tier overrides: tiers left out take acceptanceHours. */
  acceptanceHoursByTier?: TierHoursInput | null | undefined;
  /** When a working day ends, local HH:mm, after dayStart. */
  dayEnd?: string | null | undefined;
  /** When a working day begins, local HH:mm, e.g. 08:00. */
  dayStart?: string | null | undefined;
  /** Business hours after acceptance without progress after which the lead is escalated. */
  escalationHours?: number | null | undefined;
  /** Business hours after acceptance within which the partner must record progress. */
  firstContactHours?: number | null | undefined;
  /** Public holidays (not worked), local dates YYYY-MM-DD; replaces the list. */
  holidays?: Array<string> | null | undefined;
  /** Whether to remind the partner when half of the acceptance period has passed. */
  remindAtHalfway?: boolean | null | undefined;
  /** Remind the partner this many business hours before the deadline; 0: no such reminder. */
  reminderHoursBeforeDeadline?: number | null | undefined;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: string | null | undefined;
  /** ISO weekdays worked, 1 = Monday to 7 = Sunday. */
  workingDays?: Array<number> | null | undefined;
};

export type InvitationPasswordAddMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type InvitationPasswordAddMutation = { addMember: { id: string, user: { id: string, email: string } } };

export type InvitationPasswordResendMutationVariables = Exact<{
  id: string | number;
}>;


export type InvitationPasswordResendMutation = { resendInvitation: boolean };

export type InvitationPasswordSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type InvitationPasswordSetPasswordMutation = { setPassword: boolean };

export type InvitationPasswordRequestResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type InvitationPasswordRequestResetMutation = { requestPasswordReset: boolean };

export type InvitationPasswordMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationPasswordMeQuery = { me: { user: { email: string }, membership: { tenant: { id: string } } } };

export type LeadDistributionReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type LeadDistributionReturnMutation = { returnLead: { id: string, stage: LeadStage } };

export type LeadDistributionUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type LeadDistributionUpdateSettingsMutation = { updateTenantSettings: { acceptanceHours: number, acceptanceHoursByTier: { gold: number | null, silver: number | null, bronze: number | null } } };

export type LoginMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginMeQuery = { me: { user: { id: string, email: string }, membership: { role: Role, tenant: { id: string, name: string }, partner: { name: string } | null }, memberships: Array<{ id: string, role: Role, tenant: { id: string, name: string }, partner: { id: string, name: string } | null }> } };

export type LoginRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type LoginRefreshMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type LoginLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginLogoutMutation = { logout: boolean };

export type LoginRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type LoginRemoveMemberMutation = { removeMember: boolean };

export type MembersAddMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type MembersAddMutation = { addMember: { id: string, role: Role, user: { id: string, email: string, name: string }, partner: { id: string } | null } };

export type MembersUpdateMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type MembersUpdateMutation = { updateMember: { id: string, role: Role, partner: { id: string } | null } };

export type MembersRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type MembersRemoveMutation = { removeMember: boolean };

export type MembersMembersQueryVariables = Exact<{
  partnerId?: string | number | null | undefined;
}>;


export type MembersMembersQuery = { members: { totalCount: number, nodes: Array<{ id: string }> } };

export type OfferLeadVisibilityOffersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type OfferLeadVisibilityOffersQuery = { offers: { nodes: Array<{ id: string, lead: { id: string, contact: { email: string | null } } | null }> } };

export type OfferLeadVisibilityLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferLeadVisibilityLeadQuery = { lead: { id: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string } };

export type PartnersFieldsFragment = { id: string, name: string, tier: PartnerTier, status: PartnerStatus, city: string | null, competencies: Array<string>, capacity: number, version: number, territories: Array<{ country: string, postalCodePrefixes: Array<string> }> };

export type PartnersCreateMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type PartnersCreateMutation = { createPartner: { id: string, name: string, tier: PartnerTier, status: PartnerStatus, city: string | null, competencies: Array<string>, capacity: number, version: number, territories: Array<{ country: string, postalCodePrefixes: Array<string> }> } };

export type PartnersUpdateMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type PartnersUpdateMutation = { updatePartner: { id: string, name: string, tier: PartnerTier, status: PartnerStatus, city: string | null, competencies: Array<string>, capacity: number, version: number, territories: Array<{ country: string, postalCodePrefixes: Array<string> }> } };

export type PartnersPartnersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnersPartnersQuery = { partners: { totalCount: number, nodes: Array<{ id: string, name: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PartnersPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersPartnerQuery = { partner: { id: string, name: string } };

export type ReasonCodesFieldsFragment = { id: string, key: string, kind: ReasonCodeKind, label: string, commentRequired: boolean, followUp: ReasonFollowUp, retired: boolean, labels: Array<{ locale: Locale, text: string }> };

export type ReasonCodesReasonCodesQueryVariables = Exact<{
  kind?: ReasonCodeKind | null | undefined;
  includeRetired?: boolean;
}>;


export type ReasonCodesReasonCodesQuery = { reasonCodes: Array<{ id: string, key: string, kind: ReasonCodeKind, label: string, commentRequired: boolean, followUp: ReasonFollowUp, retired: boolean, labels: Array<{ locale: Locale, text: string }> }> };

export type ReasonCodesCreateMutationVariables = Exact<{
  input: CreateReasonCodeInput;
}>;


export type ReasonCodesCreateMutation = { createReasonCode: { id: string, key: string, kind: ReasonCodeKind, label: string, commentRequired: boolean, followUp: ReasonFollowUp, retired: boolean, labels: Array<{ locale: Locale, text: string }> } };

export type ReasonCodesUpdateMutationVariables = Exact<{
  input: UpdateReasonCodeInput;
}>;


export type ReasonCodesUpdateMutation = { updateReasonCode: { id: string, key: string, kind: ReasonCodeKind, label: string, commentRequired: boolean, followUp: ReasonFollowUp, retired: boolean, labels: Array<{ locale: Locale, text: string }> } };

export type ReasonCodesRetireMutationVariables = Exact<{
  id: string | number;
}>;


export type ReasonCodesRetireMutation = { retireReasonCode: { id: string, key: string, kind: ReasonCodeKind, label: string, commentRequired: boolean, followUp: ReasonFollowUp, retired: boolean, labels: Array<{ locale: Locale, text: string }> } };

export type ReasonCodesDisqualifyMutationVariables = Exact<{
  input: DisqualifyLeadInput;
}>;


export type ReasonCodesDisqualifyMutation = { disqualifyLead: { id: string, stage: LeadStage } };

export type ReasonCodesReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type ReasonCodesReturnMutation = { returnLead: { id: string, stage: LeadStage } };

export type ReasonCodesLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type ReasonCodesLostMutation = { closeLeadLost: { id: string, stage: LeadStage } };

export type ReasonCodesEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReasonCodesEventsQuery = { lead: { events: Array<{ type: string, comment: string | null, reasonCode: { key: string, retired: boolean } | null }> } };

export type SessionCookieLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SessionCookieLoginMutation = { login: { accessToken: string } };

export type SessionCookieRefreshFromCookieMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionCookieRefreshFromCookieMutation = { refreshSession: { accessToken: string } };

export type SessionCookieRefreshFromBodyMutationVariables = Exact<{
  input?: RefreshSessionInput | null | undefined;
}>;


export type SessionCookieRefreshFromBodyMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type SessionCookieMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionCookieMeQuery = { me: { user: { email: string } } };

export type SessionCookieLogin2MutationVariables = Exact<{
  input: LoginInput;
}>;


export type SessionCookieLogin2Mutation = { login: { refreshToken: string } };

export type SessionCookieLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionCookieLogoutMutation = { logout: boolean };

export type SessionCookieLogout2MutationVariables = Exact<{ [key: string]: never; }>;


export type SessionCookieLogout2Mutation = { logout: boolean };

export type IdentityFactoriesLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type IdentityFactoriesLoginMutation = { login: { accessToken: string, refreshToken: string, expiresAt: string, membership: { id: string, role: Role } } };

export type LeadFactoriesDistributeMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type LeadFactoriesDistributeMutation = { distributeLead: { id: string, stage: LeadStage, version: number } };

export type LeadFactoriesAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadFactoriesAcceptMutation = { acceptOffer: { id: string, status: OfferStatus } };

export type LeadFactoriesDeclineMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type LeadFactoriesDeclineMutation = { declineOffer: { id: string, status: OfferStatus } };

export type LeadFactoriesOffersOfLeadQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadFactoriesOffersOfLeadQuery = { offers: { nodes: Array<{ id: string, status: OfferStatus, roundId: string, offeredAt: string, expiresAt: string, partner: { id: string, name: string } }> } };

export type ExpensiveRequestUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type ExpensiveRequestUpdateSettingsMutation = { updateTenantSettings: { holidays: Array<string> } };

export type OfferRaceWithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type OfferRaceWithdrawOfferMutation = { withdrawOffer: { id: string, status: OfferStatus } };

export type OfferRaceWithdrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type OfferRaceWithdrawRoundMutation = { withdrawRound: { id: string, stage: LeadStage } };

export type DemoLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type DemoLoginMutation = { login: { accessToken: string } };

export const PartnersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersFieldsFragment, unknown>;
export const ReasonCodesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesFieldsFragment, unknown>;
export const InvitationPasswordAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPasswordAddMutation, InvitationPasswordAddMutationVariables>;
export const InvitationPasswordResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordResendMutation, InvitationPasswordResendMutationVariables>;
export const InvitationPasswordSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordSetPasswordMutation, InvitationPasswordSetPasswordMutationVariables>;
export const InvitationPasswordRequestResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordRequestResetMutation, InvitationPasswordRequestResetMutationVariables>;
export const InvitationPasswordMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPasswordMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPasswordMeQuery, InvitationPasswordMeQueryVariables>;
export const LeadDistributionReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDistributionReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadDistributionReturnMutation, LeadDistributionReturnMutationVariables>;
export const LeadDistributionUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDistributionUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptanceHours"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceHoursByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDistributionUpdateSettingsMutation, LeadDistributionUpdateSettingsMutationVariables>;
export const LoginMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMeQuery, LoginMeQueryVariables>;
export const LoginRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<LoginRefreshMutation, LoginRefreshMutationVariables>;
export const LoginLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LoginLogoutMutation, LoginLogoutMutationVariables>;
export const LoginRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<LoginRemoveMemberMutation, LoginRemoveMemberMutationVariables>;
export const MembersAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersAddMutation, MembersAddMutationVariables>;
export const MembersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersUpdateMutation, MembersUpdateMutationVariables>;
export const MembersRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersRemoveMutation, MembersRemoveMutationVariables>;
export const MembersMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MembersMembersQuery, MembersMembersQueryVariables>;
export const OfferLeadVisibilityOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferLeadVisibilityOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferLeadVisibilityOffersQuery, OfferLeadVisibilityOffersQueryVariables>;
export const OfferLeadVisibilityLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferLeadVisibilityLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferLeadVisibilityLeadQuery, OfferLeadVisibilityLeadQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PartnersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersCreateMutation, PartnersCreateMutationVariables>;
export const PartnersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersUpdateMutation, PartnersUpdateMutationVariables>;
export const PartnersPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnersPartnersQuery, PartnersPartnersQueryVariables>;
export const PartnersPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersPartnerQuery, PartnersPartnerQueryVariables>;
export const ReasonCodesReasonCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReasonCodesReasonCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCodeKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesReasonCodesQuery, ReasonCodesReasonCodesQueryVariables>;
export const ReasonCodesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesCreateMutation, ReasonCodesCreateMutationVariables>;
export const ReasonCodesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesUpdateMutation, ReasonCodesUpdateMutationVariables>;
export const ReasonCodesRetireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesRetire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesRetireMutation, ReasonCodesRetireMutationVariables>;
export const ReasonCodesDisqualifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesDisqualify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisqualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesDisqualifyMutation, ReasonCodesDisqualifyMutationVariables>;
export const ReasonCodesReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesReturnMutation, ReasonCodesReturnMutationVariables>;
export const ReasonCodesLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesLostMutation, ReasonCodesLostMutationVariables>;
export const ReasonCodesEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReasonCodesEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReasonCodesEventsQuery, ReasonCodesEventsQueryVariables>;
export const SessionCookieLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieLoginMutation, SessionCookieLoginMutationVariables>;
export const SessionCookieRefreshFromCookieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieRefreshFromCookie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieRefreshFromCookieMutation, SessionCookieRefreshFromCookieMutationVariables>;
export const SessionCookieRefreshFromBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieRefreshFromBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieRefreshFromBodyMutation, SessionCookieRefreshFromBodyMutationVariables>;
export const SessionCookieMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCookieMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCookieMeQuery, SessionCookieMeQueryVariables>;
export const SessionCookieLogin2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogin2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieLogin2Mutation, SessionCookieLogin2MutationVariables>;
export const SessionCookieLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionCookieLogoutMutation, SessionCookieLogoutMutationVariables>;
export const SessionCookieLogout2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogout2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"everywhere"},"value":{"kind":"BooleanValue","value":true}}]}]}}]} as unknown as DocumentNode<SessionCookieLogout2Mutation, SessionCookieLogout2MutationVariables>;
export const IdentityFactoriesLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityFactoriesLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityFactoriesLoginMutation, IdentityFactoriesLoginMutationVariables>;
export const LeadFactoriesDistributeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesDistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesDistributeMutation, LeadFactoriesDistributeMutationVariables>;
export const LeadFactoriesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesAcceptMutation, LeadFactoriesAcceptMutationVariables>;
export const LeadFactoriesDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesDeclineMutation, LeadFactoriesDeclineMutationVariables>;
export const LeadFactoriesOffersOfLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFactoriesOffersOfLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesOffersOfLeadQuery, LeadFactoriesOffersOfLeadQueryVariables>;
export const ExpensiveRequestUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpensiveRequestUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}}]} as unknown as DocumentNode<ExpensiveRequestUpdateSettingsMutation, ExpensiveRequestUpdateSettingsMutationVariables>;
export const OfferRaceWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferRaceWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfferRaceWithdrawOfferMutation, OfferRaceWithdrawOfferMutationVariables>;
export const OfferRaceWithdrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferRaceWithdrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<OfferRaceWithdrawRoundMutation, OfferRaceWithdrawRoundMutationVariables>;
export const DemoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<DemoLoginMutation, DemoLoginMutationVariables>;