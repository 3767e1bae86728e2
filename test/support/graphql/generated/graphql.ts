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

/** Gives a held lead to one of the partner's reps. */
export type AssignLeadInput = {
  /** The lead to move. */
  leadId: string | number;
  /** A user of your own partner. */
  userId: string | number;
};

/** Thresholds at which a NEW lead moves by itself; see AutoQualification. */
export type AutoQualificationInput = {
  /** Engagement threshold, 0 to 100. */
  engagement: number;
  /** Fit threshold, 0 to 100. */
  fit: number;
};

/** Why a partner in the lead’s country is not a candidate (the first rule that leaves it out). */
export type CandidateExclusionReason =
  /** It is in an absence. */
  | 'ABSENT'
  /** It holds as many open leads as its capacity. */
  | 'AT_CAPACITY'
  /** It declined an offer of this lead. */
  | 'DECLINED_BEFORE'
  /** It let an offer of this lead expire. */
  | 'EXPIRED_BEFORE'
  /** Other candidates cover the lead's postal code more closely. */
  | 'NEARER_CANDIDATES'
  /** It is not ACTIVE. */
  | 'NOT_ACTIVE'
  /** It does not serve the lead's product line (or, where others do, its industry). */
  | 'NO_COMPETENCY'
  /** Its territory does not reach the lead's country. */
  | 'OUT_OF_TERRITORY'
  /** It returned this lead. */
  | 'RETURNED_BEFORE'
  /** Its tier does not get leads of the lead's grade (routing policy). */
  | 'TIER_NOT_FOR_GRADE';

/** Why a partner fits a lead. */
export type CandidateFitReason =
  /** It holds fewer open leads than its capacity. */
  | 'CAPACITY'
  /** It serves the lead's industry as well. */
  | 'INDUSTRY'
  /** It serves the lead's product line. */
  | 'PRODUCT_LINE'
  /** Its territory covers the lead's postal code, or the whole country. */
  | 'TERRITORY'
  /** Nobody covers the postal code: it covers the widened postal area. */
  | 'TERRITORY_WIDENED'
  /** Its tier may get leads of the lead's grade. */
  | 'TIER';

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

/** Closes a held lead as won, with the deal. */
export type CloseLeadWonInput = {
  /** The deal value, more than 0. */
  amount: number;
  /** The day the deal was closed (YYYY-MM-DD), not in the future. */
  closedOn: string;
  /** ISO 4217, e.g. EUR. */
  currency: string;
  /** The lead to move. */
  leadId: string | number;
  /** A note for the history. */
  note?: string | null | undefined;
};

/** The customer company a lead is about. */
export type CompanyInput = {
  /** Annual revenue in the tenant's currency, whole units, 0 to 1e15. */
  annualRevenue?: number | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: string;
  /** How many people it employs. */
  employeeBand?: EmployeeBand | null | undefined;
  /** Its industry, in the tenant's words (e.g. Mechanical engineering). */
  industry?: string | null | undefined;
  /** The company's name. */
  name: string;
  /** Postal code; its first digits place the lead in partner territories. */
  postalCode?: string | null | undefined;
  /** Street and number. */
  street?: string | null | undefined;
  /** Web address or domain, e.g. nordlicht.example. */
  website?: string | null | undefined;
};

/** The lead's consent to have its data passed on to partners. */
export type ConsentInput = {
  /** The lead agreed to have its data passed on to partners. */
  given: boolean;
  /** When; now if given and left out. */
  givenAt?: string | null | undefined;
  /** The wording the lead agreed to. */
  wording?: string | null | undefined;
};

/** The person to contact (personal data). */
export type ContactPersonInput = {
  /** Whether the contact person decides the purchase. */
  decisionMaker?: boolean;
  /** The contact person's e-mail address. */
  email?: string | null | undefined;
  /** First name of the contact person. */
  firstName?: string | null | undefined;
  /** Last name of the contact person. */
  lastName: string;
  /** Phone number, as given. */
  phone?: string | null | undefined;
  /** Job title, e.g. Head of Purchasing. */
  position?: string | null | undefined;
};

/** A new intake key. */
export type CreateIntakeKeyInput = {
  /** What the key is for, e.g. "Website contact form". */
  name: string;
  /** The source every lead posted with this key gets. */
  source: LeadSource;
  /** The campaign or fair, if the key is for one. */
  sourceDetail?: string | null | undefined;
};

/** A new lead, brought in by a vendor user; it starts NEW and is checked for duplicates. */
export type CreateLeadInput = {
  /** The customer company. */
  company: CompanyInput;
  /** The lead's consent to be passed on to partners; none when left out. */
  consent?: ConsentInput | null | undefined;
  /** The person to contact. */
  contact: ContactPersonInput;
  /** The lead's id in your own systems; unique in the tenant. */
  externalReference?: string | null | undefined;
  /** What the lead is interested in; a plain inquiry when left out. */
  interest?: InterestInput | null | undefined;
  /** Where the lead came from. */
  source: LeadSource;
  /** The campaign, fair or list. */
  sourceDetail?: string | null | undefined;
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

/** A new endpoint of your own systems to receive lead events (vendor admins). */
export type CreateWebhookEndpointInput = {
  /** What the endpoint is for, e.g. "CRM". */
  description?: string | null | undefined;
  /** The event types to receive: 'lead.won', 'offer.accepted', ... */
  eventTypes: Array<string>;
  /** An http(s) URL on a public address, e.g. https://crm.example.com/hooks/leadrelay. */
  url: string;
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

/** Employees: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250-999, ENTERPRISE 1000 and more. */
export type EmployeeBand =
  /** 1000 employees and more. */
  | 'ENTERPRISE'
  /** 250 to 999 employees. */
  | 'LARGE'
  /** 50 to 249 employees. */
  | 'MEDIUM'
  /** 1 to 9 employees. */
  | 'MICRO'
  /** 10 to 49 employees. */
  | 'SMALL';

/** What the contact did that shows interest. */
export type EngagementKind =
  /** Downloaded material (a brochure, a white paper). */
  | 'DOWNLOAD'
  /** Clicked a link in a newsletter. */
  | 'NEWSLETTER_CLICK'
  /** Visited a page of the vendor's web site. */
  | 'PAGE_VISIT'
  /** Took part in a webinar. */
  | 'WEBINAR';

/** What one kind of engagement is worth; see EngagementRule. */
export type EngagementRuleInput = {
  /** Days after which it is worth half, 0.1 to 3650. */
  halfLifeDays: number;
  /** Each kind at most once. */
  kind: EngagementKind;
  /** Points when new, -100 to 100. */
  points: number;
};

/** The lowest fit of grades A, B and C; A above B above C. */
export type GradeBoundsInput = {
  /** Fit at or above: A. */
  a: number;
  /** Fit at or above: B. */
  b: number;
  /** Fit at or above: C. */
  c: number;
};

/** Which tiers may get leads of one grade. */
export type GradeTiersInput = {
  /** A (best) to D. */
  grade: string;
  /** The tiers allowed; at least one. */
  tiers: Array<PartnerTier>;
};

/** What the lead is interested in. */
export type InterestInput = {
  /** The budget the lead named, in the tenant's currency, whole units. */
  budget?: number | null | undefined;
  /** What the lead asked or needs, in its own words. */
  description?: string | null | undefined;
  /** The product line asked about. */
  productLine?: string | null | undefined;
  /** What kind of request it was: a question, a quote request or a demo. */
  requestType?: RequestType;
  /** When the lead plans to buy, as given (e.g. Q3). */
  timeframe?: string | null | undefined;
};

/** Which leads to list; every filter given must hold. */
export type LeadFilter = {
  /** Only leads that came in at or after this moment. */
  createdFrom?: string | null | undefined;
  /** Only leads that came in before this moment. */
  createdTo?: string | null | undefined;
  /** Only leads qualified with one of these grades, A (best) to D. */
  grades?: Array<string> | null | undefined;
  /** Leads held by this partner. */
  partnerId?: string | number | null | undefined;
  /** Part of the company name, contact name or e-mail. */
  search?: string | null | undefined;
  /** Only leads from one of these sources. */
  sources?: Array<LeadSource> | null | undefined;
  /** Only leads in one of these stages. */
  stages?: Array<LeadStage> | null | undefined;
};

/** SCORE: highest first. */
export type LeadOrder =
  /** Newest first (by when they came in). */
  | 'NEWEST'
  /** Oldest first. */
  | 'OLDEST'
  /** Most recently changed first. */
  | 'RECENTLY_UPDATED'
  /** Highest score first; unscored leads last. */
  | 'SCORE';

/** Where a lead came from; kept for good, so that conversion is measured per source. */
export type LeadSource =
  /** Posted by another system through the intake API. */
  | 'API'
  /** A marketing campaign. */
  | 'CAMPAIGN'
  /** Any other source. */
  | 'OTHER'
  /** Registered by a partner. */
  | 'PARTNER_REGISTERED'
  /** From a purchased address list. */
  | 'PURCHASED_LIST'
  /** Recommended by a customer or contact. */
  | 'REFERRAL'
  /** Met at a trade fair. */
  | 'TRADE_FAIR'
  /** A form on a web site. */
  | 'WEB_FORM';

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

/** The lowest engagement of levels 1 and 2; 1 above 2. */
export type LevelBoundsInput = {
  /** Engagement at or above: 1. */
  one: number;
  /** Engagement at or above: 2. */
  two: number;
};

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

/** OFFERS: new offers. REMINDERS: deadline reminders. RESULTS: accepted, declined, expired, unplaced, returned, won, lost. */
export type NotificationCategory =
  /** Mails about new offers. */
  | 'OFFERS'
  /** Reminders before acceptance deadlines and work deadlines. */
  | 'REMINDERS'
  /** Outcomes: accepted, declined, expired, unplaced, returned, won, lost. */
  | 'RESULTS';

/** What a mail is about. */
export type NotificationKind =
  /** A new member is asked to choose a password (link valid 7 days). */
  | 'INVITATION'
  /** A held lead is escalated to the channel managers. */
  | 'LEAD_ESCALATED'
  /** A partner closed a lead as lost. */
  | 'LEAD_LOST'
  /** A partner returned a lead. */
  | 'LEAD_RETURNED'
  /** A round ended with no acceptance, to the channel managers. */
  | 'LEAD_UNPLACED'
  /** A partner closed a lead as won. */
  | 'LEAD_WON'
  /** A user with a password can now reach one more tenant. */
  | 'MEMBERSHIP_ADDED'
  /** A partner accepted an offer. */
  | 'OFFER_ACCEPTED'
  /** A partner declined an offer. */
  | 'OFFER_DECLINED'
  /** An offer expired unanswered. */
  | 'OFFER_EXPIRED'
  /** A new offer, to the partner's users. */
  | 'OFFER_NEW'
  /** An offer's deadline is near. */
  | 'OFFER_REMINDER'
  /** A link to choose a new password (valid 1 hour). */
  | 'PASSWORD_RESET'
  /** A webhook endpoint was switched off, to the vendor admins. */
  | 'WEBHOOK_DISABLED'
  /** A held lead has no progress within the work deadline. */
  | 'WORK_REMINDER';

/** Hands a lead to marketing for nurturing. */
export type NurtureLeadInput = {
  /** The lead to move. */
  leadId: string | number;
  /** Why, for marketing. */
  note?: string | null | undefined;
};

/** A move on an offer: ACCEPT is acceptOffer, DECLINE declineOffer, WITHDRAW withdrawOffer. */
export type OfferAction =
  /** acceptOffer. */
  | 'ACCEPT'
  /** declineOffer. */
  | 'DECLINE'
  /** withdrawOffer. */
  | 'WITHDRAW';

/** Which offers to list; every filter given must hold. */
export type OfferFilter = {
  /** The offers of one lead. */
  leadId?: string | number | null | undefined;
  /** Only offers in one of these statuses. */
  status?: Array<OfferStatus> | null | undefined;
};

/** The order of an offer list. */
export type OfferOrder =
  /** The newest offer first (by when it was made). */
  | 'NEWEST'
  /** The offer whose acceptance deadline comes first, first. */
  | 'URGENT';

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

/** The partner's steps while working a lead. */
export type ProgressStage =
  /** The partner reached the contact person. */
  | 'CONTACTED'
  /** A meeting took place or is set. */
  | 'MEETING'
  /** The deal is being negotiated. */
  | 'NEGOTIATION'
  /** A proposal was sent. */
  | 'PROPOSAL';

/** Qualifies a NEW or NURTURING lead with its score and grade. */
export type QualifyLeadInput = {
  /** A (best) to D. */
  grade: string;
  /** The lead to move. */
  leadId: string | number;
  /** 0 to 100. */
  score: number;
};

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

/** Something the lead's contact did that shows interest; it re-scores the lead. */
export type RecordEngagementInput = {
  /** Which newsletter, page, webinar or download; no personal data. */
  detail?: string | null | undefined;
  /** What the contact did. */
  kind: EngagementKind;
  /** The lead. */
  leadId: string | number;
  /** When; now if left out. Not in the future, at most a year ago. */
  occurredAt?: string | null | undefined;
};

/** Records a step in working a held lead; it resets the work deadline. */
export type RecordProgressInput = {
  /** The lead to move. */
  leadId: string | number;
  /** When the next step is planned. */
  nextStepAt?: string | null | undefined;
  /** What happened, for the history. */
  note?: string | null | undefined;
  /** The step reached. */
  stage: ProgressStage;
};

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

/** How strong the interest is: a plain question scores lower than a request for a quote. */
export type RequestType =
  /** A request for a demonstration. */
  | 'DEMO'
  /** A plain question. */
  | 'INQUIRY'
  /** A request for a quote. */
  | 'QUOTE_REQUEST';

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

/** Keeps a lead in direct sales, with the DIRECT_SALES user who works it. */
export type RouteDirectInput = {
  /** The lead to move. */
  leadId: string | number;
  /** A user with the role DIRECT_SALES. */
  userId: string | number;
};

/** What a routing rule does with a lead it matches. */
export type RoutingAction =
  /** Give it to a DIRECT_SALES user, round robin. */
  | 'DIRECT'
  /** Offer it to the top candidate alone. */
  | 'EXCLUSIVE'
  /** Leave it for a person (the channel managers are told). */
  | 'HOLD'
  /** Offer it to the top `count` candidates at once; the first to accept wins. */
  | 'SHARED';

/** One condition of a routing rule. */
export type RoutingConditionInput = {
  /** GRADE, CELL, SOURCE, PRODUCT_LINE, COUNTRY (text: IN) or ANNUAL_REVENUE, BUDGET (numbers: BETWEEN). */
  field: string;
  /** For BETWEEN: the highest value included. */
  max?: number | null | undefined;
  /** For BETWEEN: the lowest value included. */
  min?: number | null | undefined;
  /** IN for text fields, BETWEEN for number fields. */
  operator: string;
  /** For IN: the values, compared without regard to case. */
  values?: Array<string> | null | undefined;
};

/** MANUAL: candidates are only suggested. AUTOMATIC: a lead that becomes QUALIFIED is routed by the rules at once. */
export type RoutingMode =
  /** The system routes every newly QUALIFIED lead by the rules. */
  | 'AUTOMATIC'
  /** People distribute; candidatePartners suggests. */
  | 'MANUAL';

/** A routing rule: when all its conditions hold, its action decides. */
export type RoutingRuleInput = {
  /** What it does. */
  action: RoutingAction;
  /** All must hold; none: the rule always applies. */
  conditions: Array<RoutingConditionInput>;
  /** For SHARED: how many partners get the offer at once (2 to 10). */
  count?: number | null | undefined;
  /** A stable key, named in every routing decision, e.g. key-accounts. */
  key: string;
  /** Required: without candidates the lead is held. Optional: the next rule decides. */
  required: boolean;
};

/** A time in which a partner gets no offers. */
export type SchedulePartnerAbsenceInput = {
  /** Until when; after it the partner gets its fair share again, level with the others. */
  endsAt: string;
  /** Why, for the vendor (e.g. company holidays). */
  note?: string | null | undefined;
  /** The partner (a partner admin: its own). */
  partnerId: string | number;
  /** From when it gets no offers. */
  startsAt: string;
};

/** One axis of the four-field matrix; the two are scored apart. */
export type ScoreAxis =
  /** How likely the purchase (request type, source, engagements). */
  | 'ENGAGEMENT'
  /** How attractive the customer is (company and contact). */
  | 'FIT';

/** The lead's fact a scoring rule looks at. */
export type ScoringField =
  /** The company's annual revenue in the tenant's currency (number). */
  | 'ANNUAL_REVENUE'
  /** The company's country, ISO 3166-1 alpha-2. */
  | 'COUNTRY'
  /** Whether the contact person decides (yes/no). */
  | 'DECISION_MAKER'
  /** The contact person's e-mail address. */
  | 'EMAIL'
  /** The company's size (EmployeeBand). */
  | 'EMPLOYEE_BAND'
  /** The company's industry (text). */
  | 'INDUSTRY'
  /** The contact person's phone number. */
  | 'PHONE'
  /** The contact person's position (text). */
  | 'POSITION'
  /** The company's postal code (text; STARTS_WITH for postal areas). */
  | 'POSTAL_CODE'
  /** What was asked for (RequestType). */
  | 'REQUEST_TYPE'
  /** Where the lead came from (LeadSource). */
  | 'SOURCE'
  /** The company's web address. */
  | 'WEBSITE';

/** How a rule compares its field; which operators fit which field is checked when the model is saved. */
export type ScoringOperator =
  /** The field has no value. */
  | 'ABSENT'
  /** The number lies from `min` to `max`; either may be left out. */
  | 'BETWEEN'
  /** The text contains one of `values` (ignoring case). */
  | 'CONTAINS'
  /** The e-mail address is at a free-mail provider (gmail.com, gmx.de, ...). */
  | 'FREE_MAIL'
  /** The value is one of `values` (ignoring case). */
  | 'IN'
  /** The yes/no field is yes. */
  | 'IS_TRUE'
  /** The field has a value. */
  | 'PRESENT'
  /** The text starts with one of `values`, e.g. postal areas "20", "22". */
  | 'STARTS_WITH';

/** A rule group; see ScoringRuleGroup. */
export type ScoringRuleGroupInput = {
  /** The axis its points count on. */
  axis: ScoreAxis;
  /** The most the group gives (or takes), 1 to 100. */
  cap: number;
  /** Lower-case letters, digits and dashes; unique in the model. */
  key: string;
  /** Up to 30 rules. */
  rules: Array<ScoringRuleInput>;
};

/** One rule; see ScoringRule. */
export type ScoringRuleInput = {
  /** The fact compared. */
  field: ScoringField;
  /** Lower-case letters, digits and dashes; unique in its group. */
  key: string;
  /** For BETWEEN: the highest value that matches. */
  max?: number | null | undefined;
  /** For BETWEEN: the lowest value that matches. */
  min?: number | null | undefined;
  /** Must fit the field, e.g. BETWEEN for ANNUAL_REVENUE. */
  operator: ScoringOperator;
  /** Points given, -100 to 100. */
  points: number;
  /** For IN, CONTAINS, STARTS_WITH: up to 100. */
  values?: Array<string> | null | undefined;
};

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

/** Changes a lead. Parts given replace the stored parts; version must be the one you read. */
export type UpdateLeadInput = {
  /** Replaces the company. */
  company?: CompanyInput | null | undefined;
  /** Replaces the consent. */
  consent?: ConsentInput | null | undefined;
  /** Replaces the contact person. */
  contact?: ContactPersonInput | null | undefined;
  /** The lead to change. */
  id: string | number;
  /** Replaces the interest. */
  interest?: InterestInput | null | undefined;
  /** The lead's `version` as you read it. */
  version: number;
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

/** Your own settings: the language of the portal and of your mails. */
export type UpdateMySettingsInput = {
  /** Your language for the portal and your mails, in every tenant; null (or left out) for each tenant's. */
  locale?: Locale | null | undefined;
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

/** Changes the tenant's routing policy (vendor admin). */
export type UpdateRoutingPolicyInput = {
  /** The partner offered a lead no rule decides; null: hold it. */
  fallbackPartnerId?: string | number | null | undefined;
  /** Rounds the router opens for one lead before it holds it (1 to 10). */
  maxRounds?: number | null | undefined;
  /** MANUAL or AUTOMATIC. */
  mode?: RoutingMode | null | undefined;
  /** Replaces the rules, in order. */
  rules?: Array<RoutingRuleInput> | null | undefined;
  /** Replaces the tiers per grade; a grade left out goes to every tier. */
  tiersByGrade?: Array<GradeTiersInput> | null | undefined;
};

/** The whole scoring model; saving it writes the next version. Scores made before keep their version. */
export type UpdateScoringModelInput = {
  /** Leave out so that no lead moves by itself. */
  autoQualification?: AutoQualificationInput | null | undefined;
  /** What each kind of engagement is worth; kinds left out count nothing. */
  engagement: Array<EngagementRuleInput>;
  /** The most all engagements together give, 1 to 100. */
  engagementCap: number;
  /** Grades A-D from fit. */
  grades: GradeBoundsInput;
  /** Up to 20 groups on both axes. */
  groups: Array<ScoringRuleGroupInput>;
  /** Levels 1-3 from engagement. */
  levels: LevelBoundsInput;
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

/** Only the fields given are changed. */
export type UpdateWebhookEndpointInput = {
  /** null removes it. */
  description?: string | null | undefined;
  /** The event types to receive: 'lead.won', 'offer.accepted', ... */
  eventTypes?: Array<string> | null | undefined;
  /** The endpoint to change. */
  id: string | number;
  /** An http(s) URL on a public address. */
  url?: string | null | undefined;
};

/** PENDING: waiting for its first attempt or a retry. SUCCEEDED: answered 2xx. FAILED: every attempt failed, 410 Gone, or the endpoint was disabled first. */
export type WebhookDeliveryStatus =
  /** Every attempt failed, the endpoint answered 410, or it was disabled first. */
  | 'FAILED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** BY_ADMIN: switched off by a vendor admin. GONE: the receiver answered 410 Gone. FAILING: a delivery failed on every attempt for about three days and nothing reached the endpoint meanwhile. */
export type WebhookDisabledReason =
  /** A vendor admin switched it off. */
  | 'BY_ADMIN'
  /** A delivery failed on every attempt for about three days and nothing reached the endpoint meanwhile. */
  | 'FAILING'
  /** The receiver answered 410 Gone. */
  | 'GONE';

/** Whether an endpoint receives deliveries. */
export type WebhookEndpointStatus =
  /** Receives none; see disabledReason. */
  | 'DISABLED'
  /** Receives deliveries. */
  | 'ENABLED';

export type AutomaticReofferUpdatePolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type AutomaticReofferUpdatePolicyMutation = { updateRoutingPolicy: { mode: RoutingMode, maxRounds: number } };

export type AutomaticReofferCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type AutomaticReofferCreateLeadMutation = { createLead: { id: string, stage: LeadStage } };

export type AutomaticRoutingUpdatePolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type AutomaticRoutingUpdatePolicyMutation = { updateRoutingPolicy: { mode: RoutingMode, maxRounds: number, fallbackPartnerId: string | null, rules: Array<{ key: string, action: RoutingAction, count: number | null, required: boolean, conditions: Array<{ field: string, operator: string, values: Array<string> | null, min: number | null, max: number | null }> }> } };

export type AutomaticRoutingPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomaticRoutingPolicyQuery = { routingPolicy: { mode: RoutingMode, fallbackPartnerId: string | null, rules: Array<{ key: string }> } };

export type AutomaticRoutingCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type AutomaticRoutingCreateLeadMutation = { createLead: { id: string, stage: LeadStage } };

export type AutomaticRoutingLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type AutomaticRoutingLeadQuery = { lead: { id: string, stage: LeadStage, owner: { id: string } | null, events: Array<{ type: string, actorName: string, data: Record<string, unknown> }> } };

export type AutomaticRoutingQualifyLeadMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type AutomaticRoutingQualifyLeadMutation = { qualifyLead: { id: string, stage: LeadStage } };

export type AutomaticRoutingOffersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type AutomaticRoutingOffersQuery = { offers: { nodes: Array<{ status: OfferStatus, roundId: string }> } };

export type BadInputAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type BadInputAddMemberMutation = { addMember: { id: string } };

export type BadInputUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type BadInputUpdateMemberMutation = { updateMember: { id: string } };

export type BadInputRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type BadInputRemoveMemberMutation = { removeMember: boolean };

export type BadInputCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type BadInputCreatePartnerMutation = { createPartner: { id: string } };

export type BadInputUpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type BadInputUpdatePartnerMutation = { updatePartner: { id: string } };

export type BadInputPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type BadInputPartnerQuery = { partner: { id: string } };

export type BadInputPartnersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BadInputPartnersQuery = { partners: { totalCount: number } };

export type BadInputMembersQueryVariables = Exact<{
  partnerId?: string | number | null | undefined;
}>;


export type BadInputMembersQuery = { members: { totalCount: number } };

export type BadInputLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type BadInputLoginMutation = { login: { accessToken: string } };

export type BulkSameAsOneUpdatePolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type BulkSameAsOneUpdatePolicyMutation = { updateRoutingPolicy: { mode: RoutingMode } };

export type BulkIntakeUpdatePolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type BulkIntakeUpdatePolicyMutation = { updateRoutingPolicy: { mode: RoutingMode } };

export type BulkIntakeCreateKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type BulkIntakeCreateKeyMutation = { createIntakeKey: { secret: string } };

export type CandidatePartnersListQueryVariables = Exact<{
  leadId: string | number;
  language?: Locale | null | undefined;
}>;


export type CandidatePartnersListQuery = { candidatePartners: { leadId: string, consentGiven: boolean, widenedTo: string | null, wideningLabel: string | null, candidates: Array<{ rank: number, partner: { id: string, name: string }, fits: Array<{ reason: CandidateFitReason, detail: string, label: string }>, ranking: { share: number, received: number, deficit: number, availableSince: string | null, label: string, weight: { tierWeight: number, performanceFactor: number, weight: number, windowDays: number } } }>, excluded: Array<{ reason: CandidateExclusionReason, detail: string | null, label: string, partner: { id: string, name: string } }> } };

export type CandidatePartnersUpdatePolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type CandidatePartnersUpdatePolicyMutation = { updateRoutingPolicy: { tiersByGrade: Array<{ grade: string, tiers: Array<PartnerTier> }> } };

export type CandidatePartnersPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatePartnersPolicyQuery = { routingPolicy: { tiersByGrade: Array<{ grade: string, tiers: Array<PartnerTier> }> } };

export type CandidatePartnersScheduleAbsenceMutationVariables = Exact<{
  input: SchedulePartnerAbsenceInput;
}>;


export type CandidatePartnersScheduleAbsenceMutation = { schedulePartnerAbsence: { id: string, partnerId: string, startsAt: string, endsAt: string } };

export type CandidatePartnersCancelAbsenceMutationVariables = Exact<{
  id: string | number;
}>;


export type CandidatePartnersCancelAbsenceMutation = { cancelPartnerAbsence: { id: string } };

export type CandidatePartnersDeclineMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type CandidatePartnersDeclineMutation = { declineOffer: { id: string } };

export type CandidatePartnersWeightQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidatePartnersWeightQuery = { partner: { id: string, routingWeight: { tierWeight: number, performanceFactor: number, weight: number } | null } };

export type DemoDeadlineDistributeLeadMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type DemoDeadlineDistributeLeadMutation = { distributeLead: { stage: LeadStage } };

export type DemoDeadlineLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type DemoDeadlineLeadQuery = { lead: { stage: LeadStage } };

export type DemoRoutingInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoRoutingInboxQuery = { offers: { nodes: Array<{ status: OfferStatus }> } };

export type HostileInputCreateKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type HostileInputCreateKeyMutation = { createIntakeKey: { secret: string } };

export type InboxOrderOffersQueryVariables = Exact<{
  orderBy: OfferOrder;
  after?: string | null | undefined;
}>;


export type InboxOrderOffersQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ leadId: string }> } };

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

export type IsolationPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationPartnerQuery = { partner: { id: string, name: string } };

export type IsolationUpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type IsolationUpdatePartnerMutation = { updatePartner: { id: string, name: string } };

export type IsolationMembersQueryVariables = Exact<{
  partnerId?: string | number | null | undefined;
}>;


export type IsolationMembersQuery = { members: { nodes: Array<{ id: string, user: { email: string } }> } };

export type IsolationAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type IsolationAddMemberMutation = { addMember: { id: string } };

export type IsolationUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type IsolationUpdateMemberMutation = { updateMember: { id: string, role: Role } };

export type IsolationRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type IsolationRemoveMemberMutation = { removeMember: boolean };

export type LeadBadInputCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type LeadBadInputCreateLeadMutation = { createLead: { id: string } };

export type LeadBadInputUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type LeadBadInputUpdateLeadMutation = { updateLead: { id: string } };

export type LeadBadInputQualifyLeadMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type LeadBadInputQualifyLeadMutation = { qualifyLead: { id: string } };

export type LeadBadInputDisqualifyLeadMutationVariables = Exact<{
  input: DisqualifyLeadInput;
}>;


export type LeadBadInputDisqualifyLeadMutation = { disqualifyLead: { id: string } };

export type LeadBadInputNurtureLeadMutationVariables = Exact<{
  input: NurtureLeadInput;
}>;


export type LeadBadInputNurtureLeadMutation = { nurtureLead: { id: string } };

export type LeadBadInputRouteDirectMutationVariables = Exact<{
  input: RouteDirectInput;
}>;


export type LeadBadInputRouteDirectMutation = { routeDirect: { id: string } };

export type LeadBadInputDistributeLeadMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type LeadBadInputDistributeLeadMutation = { distributeLead: { id: string } };

export type LeadBadInputWithdrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadBadInputWithdrawRoundMutation = { withdrawRound: { id: string } };

export type LeadBadInputWithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadBadInputWithdrawOfferMutation = { withdrawOffer: { id: string } };

export type LeadBadInputAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadBadInputAcceptOfferMutation = { acceptOffer: { id: string } };

export type LeadBadInputDeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type LeadBadInputDeclineOfferMutation = { declineOffer: { id: string } };

export type LeadBadInputAssignLeadMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type LeadBadInputAssignLeadMutation = { assignLead: { id: string } };

export type LeadBadInputRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type LeadBadInputRecordProgressMutation = { recordProgress: { id: string } };

export type LeadBadInputReturnLeadMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type LeadBadInputReturnLeadMutation = { returnLead: { id: string } };

export type LeadBadInputCloseLeadWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type LeadBadInputCloseLeadWonMutation = { closeLeadWon: { id: string } };

export type LeadBadInputCloseLeadLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type LeadBadInputCloseLeadLostMutation = { closeLeadLost: { id: string } };

export type LeadBadInputCreateReasonCodeMutationVariables = Exact<{
  input: CreateReasonCodeInput;
}>;


export type LeadBadInputCreateReasonCodeMutation = { createReasonCode: { id: string } };

export type LeadBadInputUpdateReasonCodeMutationVariables = Exact<{
  input: UpdateReasonCodeInput;
}>;


export type LeadBadInputUpdateReasonCodeMutation = { updateReasonCode: { id: string } };

export type LeadBadInputRetireReasonCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadBadInputRetireReasonCodeMutation = { retireReasonCode: { id: string } };

export type LeadBadInputCreateIntakeKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type LeadBadInputCreateIntakeKeyMutation = { createIntakeKey: { secret: string } };

export type LeadBadInputRevokeIntakeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadBadInputRevokeIntakeKeyMutation = { revokeIntakeKey: { id: string } };

export type LeadBadInputUpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type LeadBadInputUpdateTenantSettingsMutation = { updateTenantSettings: { acceptanceHours: number } };

export type LeadBadInputLeadsQueryVariables = Exact<{
  first: number;
}>;


export type LeadBadInputLeadsQuery = { leads: { totalCount: number } };

export type LeadBadInputLeads2QueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type LeadBadInputLeads2Query = { leads: { totalCount: number } };

export type LeadBadInputOffersQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
}>;


export type LeadBadInputOffersQuery = { offers: { totalCount: number } };

export type LeadBadInputReasonCodesQueryVariables = Exact<{
  kind?: ReasonCodeKind | null | undefined;
}>;


export type LeadBadInputReasonCodesQuery = { reasonCodes: Array<{ key: string }> };

export type LeadBadInputCreateIntakeKey2MutationVariables = Exact<{ [key: string]: never; }>;


export type LeadBadInputCreateIntakeKey2Mutation = { createIntakeKey: { intakeKey: { id: string } } };

export type LeadCountQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type LeadCountQuery = { leads: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string }> } };

export type LeadCreatedWebhookCreateWebhookEndpointMutationVariables = Exact<{ [key: string]: never; }>;


export type LeadCreatedWebhookCreateWebhookEndpointMutation = { createWebhookEndpoint: { endpoint: { id: string } } };

export type LeadCreatedWebhookCreateLeadMutationVariables = Exact<{ [key: string]: never; }>;


export type LeadCreatedWebhookCreateLeadMutation = { createLead: { id: string, version: number } };

export type LeadCreatedWebhookUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type LeadCreatedWebhookUpdateLeadMutation = { updateLead: { id: string } };

export type LeadDataCreateMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type LeadDataCreateMutation = { createLead: { id: string, stage: LeadStage, existingCustomer: boolean, version: number } };

export type LeadDataUpdateMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type LeadDataUpdateMutation = { updateLead: { id: string, version: number, company: { name: string } } };

export type LeadDataQualifyMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type LeadDataQualifyMutation = { qualifyLead: { id: string, version: number } };

export type LeadDataDuplicatesQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadDataDuplicatesQuery = { lead: { id: string, company: { name: string }, contact: { email: string | null }, duplicates: Array<{ leadId: string, matchedOn: Array<string>, companyName: string, stage: LeadStage, createdAt: string }> } };

export type LeadDistributionReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type LeadDistributionReturnMutation = { returnLead: { id: string, stage: LeadStage } };

export type LeadDistributionUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type LeadDistributionUpdateSettingsMutation = { updateTenantSettings: { acceptanceHours: number, acceptanceHoursByTier: { gold: number | null, silver: number | null, bronze: number | null } } };

export type LeadGradeFilterLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type LeadGradeFilterLeadsQuery = { leads: { totalCount: number, nodes: Array<{ id: string, grade: string | null }> } };

export type LeadHoldingPartnerAssignMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type LeadHoldingPartnerAssignMutation = { assignLead: { id: string, stage: LeadStage, owner: { id: string, name: string } | null } };

export type LeadHoldingPartnerProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type LeadHoldingPartnerProgressMutation = { recordProgress: { id: string, stage: LeadStage, progressStage: ProgressStage | null, lastProgressAt: string | null, nextStepAt: string | null } };

export type LeadHoldingPartnerWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type LeadHoldingPartnerWonMutation = { closeLeadWon: { id: string, stage: LeadStage, closedAt: string | null, won: { amount: number, currency: string, closedOn: string } | null, holdingPartner: { id: string } | null } };

export type LeadHoldingPartnerLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type LeadHoldingPartnerLostMutation = { closeLeadLost: { id: string, stage: LeadStage, closedAt: string | null, lostToCompetitor: string | null, holdingPartner: { id: string } | null } };

export type LeadHoldingPartnerLeadIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadHoldingPartnerLeadIdsQuery = { leads: { nodes: Array<{ id: string }> } };

export type LeadHoldingPartnerEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadHoldingPartnerEventsQuery = { lead: { events: Array<{ type: string, comment: string | null, data: Record<string, unknown>, actorOrganisation: string, reasonCode: { key: string } | null, partner: { id: string, name: string } | null }> } };

export type LeadHoldingPartnerLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadHoldingPartnerLeadQuery = { lead: { id: string } };

export type LeadHoldingPartnerLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadHoldingPartnerLeadsQuery = { leads: { nodes: Array<{ id: string }> } };

export type LeadHoldingPartnerNurtureLeadMutationVariables = Exact<{
  input: NurtureLeadInput;
}>;


export type LeadHoldingPartnerNurtureLeadMutation = { nurtureLead: { stage: LeadStage } };

export type LeadIntakeCreateKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type LeadIntakeCreateKeyMutation = { createIntakeKey: { secret: string, intakeKey: { id: string, name: string, source: LeadSource, sourceDetail: string | null, prefix: string, leadsCreated: number, lastUsedAt: string | null, revokedAt: string | null, createdAt: string } } };

export type LeadIntakeKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadIntakeKeysQuery = { intakeKeys: Array<{ id: string, name: string, source: LeadSource, sourceDetail: string | null, prefix: string, leadsCreated: number, lastUsedAt: string | null, revokedAt: string | null, createdAt: string }> };

export type LeadIntakeRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIntakeRevokeMutation = { revokeIntakeKey: { id: string, revokedAt: string | null } };

export type LeadIsolationLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationLeadQuery = { lead: { id: string } };

export type LeadIsolationLeadsQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type LeadIsolationLeadsQuery = { leads: { nodes: Array<{ id: string }> } };

export type LeadIsolationOffersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadIsolationOffersQuery = { offers: { totalCount: number, nodes: Array<{ id: string }> } };

export type LeadIsolationUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type LeadIsolationUpdateLeadMutation = { updateLead: { id: string } };

export type LeadIsolationQualifyLeadMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type LeadIsolationQualifyLeadMutation = { qualifyLead: { id: string } };

export type LeadIsolationDisqualifyLeadMutationVariables = Exact<{
  input: DisqualifyLeadInput;
}>;


export type LeadIsolationDisqualifyLeadMutation = { disqualifyLead: { id: string } };

export type LeadIsolationNurtureLeadMutationVariables = Exact<{
  input: NurtureLeadInput;
}>;


export type LeadIsolationNurtureLeadMutation = { nurtureLead: { id: string } };

export type LeadIsolationRouteDirectMutationVariables = Exact<{
  input: RouteDirectInput;
}>;


export type LeadIsolationRouteDirectMutation = { routeDirect: { id: string } };

export type LeadIsolationDistributeLeadMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type LeadIsolationDistributeLeadMutation = { distributeLead: { id: string } };

export type LeadIsolationWithdrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationWithdrawRoundMutation = { withdrawRound: { id: string } };

export type LeadIsolationWithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationWithdrawOfferMutation = { withdrawOffer: { id: string } };

export type LeadIsolationAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationAcceptOfferMutation = { acceptOffer: { id: string } };

export type LeadIsolationDeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type LeadIsolationDeclineOfferMutation = { declineOffer: { id: string } };

export type LeadIsolationAssignLeadMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type LeadIsolationAssignLeadMutation = { assignLead: { id: string } };

export type LeadIsolationRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type LeadIsolationRecordProgressMutation = { recordProgress: { id: string } };

export type LeadIsolationReturnLeadMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type LeadIsolationReturnLeadMutation = { returnLead: { id: string } };

export type LeadIsolationCloseLeadWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type LeadIsolationCloseLeadWonMutation = { closeLeadWon: { id: string } };

export type LeadIsolationCloseLeadLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type LeadIsolationCloseLeadLostMutation = { closeLeadLost: { id: string } };

export type LeadIsolationUpdateReasonCodeMutationVariables = Exact<{
  input: UpdateReasonCodeInput;
}>;


export type LeadIsolationUpdateReasonCodeMutation = { updateReasonCode: { id: string } };

export type LeadIsolationRetireReasonCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationRetireReasonCodeMutation = { retireReasonCode: { id: string } };

export type LeadIsolationRevokeIntakeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadIsolationRevokeIntakeKeyMutation = { revokeIntakeKey: { id: string } };

export type LeadIsolationCreateIntakeKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type LeadIsolationCreateIntakeKeyMutation = { createIntakeKey: { intakeKey: { id: string } } };

export type LeadLifecycleCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type LeadLifecycleCreateLeadMutation = { createLead: { id: string, stage: LeadStage } };

export type LeadLifecycleQualifyMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type LeadLifecycleQualifyMutation = { qualifyLead: { id: string, stage: LeadStage, score: number | null, grade: string | null } };

export type LeadLifecycleDistributeMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type LeadLifecycleDistributeMutation = { distributeLead: { id: string, stage: LeadStage } };

export type LeadLifecycleOffersQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
}>;


export type LeadLifecycleOffersQuery = { offers: { nodes: Array<{ id: string, status: OfferStatus, expiresAt: string, leadId: string, teaser: { companySize: EmployeeBand | null, industry: string | null, country: string, postalArea: string | null, city: string | null, productLine: string | null, requestType: RequestType, score: number | null, grade: string | null, source: LeadSource }, lead: { id: string, contact: { email: string | null } } | null }> } };

export type LeadLifecycleAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadLifecycleAcceptMutation = { acceptOffer: { id: string, status: OfferStatus, lead: { id: string, stage: LeadStage, contact: { email: string | null, lastName: string } } | null } };

export type LeadLifecycleReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type LeadLifecycleReturnMutation = { returnLead: { id: string, stage: LeadStage, pendingFollowUp: ReasonFollowUp | null, holdingPartner: { name: string } | null } };

export type LeadLifecycleProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type LeadLifecycleProgressMutation = { recordProgress: { id: string, stage: LeadStage, progressStage: ProgressStage | null } };

export type LeadLifecycleWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type LeadLifecycleWonMutation = { closeLeadWon: { id: string, stage: LeadStage, won: { amount: number, currency: string, closedOn: string } | null } };

export type LeadLifecycleEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadLifecycleEventsQuery = { lead: { stage: LeadStage, events: Array<{ type: string, actorName: string, actorOrganisation: string, data: Record<string, unknown>, reasonCode: { key: string } | null }> } };

export type LeadLifecycleOfferHistoryQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
}>;


export type LeadLifecycleOfferHistoryQuery = { offers: { nodes: Array<{ status: OfferStatus, lead: { id: string } | null, history: Array<{ type: string, actorOrganisation: string, data: Record<string, unknown> }> }> } };

export type LeadListPageQueryVariables = Exact<{
  orderBy: LeadOrder;
  after?: string | null | undefined;
}>;


export type LeadListPageQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, score: number | null, createdAt: string, updatedAt: string }> } };

export type LeadRescoreCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type LeadRescoreCreateLeadMutation = { createLead: { id: string, stage: LeadStage } };

export type LeadRescoreRecordMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type LeadRescoreRecordMutation = { recordEngagement: { id: string, scoring: { engagement: number, cell: string } | null } };

export type LeadScoringCreateKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type LeadScoringCreateKeyMutation = { createIntakeKey: { secret: string } };

export type LeadScoringLeadQueryVariables = Exact<{
  id: string | number;
  language?: Locale | null | undefined;
}>;


export type LeadScoringLeadQuery = { lead: { id: string, stage: LeadStage, score: number | null, grade: string | null, version: number, scoring: { fit: number, engagement: number, grade: string, level: number, cell: string, modelVersion: number, overridden: boolean } | null, scoreExplanation: { modelVersion: number, fit: { score: number, lines: Array<{ kind: string, group: string | null, rule: string | null, label: string, points: number }> }, engagement: { score: number, lines: Array<{ kind: string, group: string | null, rule: string | null, label: string, points: number }> } } | null, events: Array<{ type: string, actorName: string, data: Record<string, unknown> }> } };

export type LeadScoringCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type LeadScoringCreateLeadMutation = { createLead: { id: string, stage: LeadStage, version: number, scoring: { fit: number, engagement: number, cell: string } | null } };

export type LeadScoringUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type LeadScoringUpdateLeadMutation = { updateLead: { id: string, stage: LeadStage, version: number, scoring: { fit: number, cell: string, modelVersion: number } | null } };

export type LeadScoringRecordMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type LeadScoringRecordMutation = { recordEngagement: { id: string, stage: LeadStage, scoring: { engagement: number, level: number, cell: string } | null } };

export type LeadScoringModelQueryVariables = Exact<{
  version?: number | null | undefined;
}>;


export type LeadScoringModelQuery = { scoringModel: { version: number, createdByName: string, engagementCap: number, groups: Array<{ key: string, axis: ScoreAxis, cap: number, rules: Array<{ key: string, field: ScoringField, operator: ScoringOperator, values: Array<string>, min: number | null, max: number | null, points: number }> }>, engagement: Array<{ kind: EngagementKind, points: number, halfLifeDays: number }>, grades: { a: number, b: number, c: number }, levels: { one: number, two: number }, autoQualification: { fit: number, engagement: number } | null } };

export type LeadScoringUpdateModelMutationVariables = Exact<{
  input: UpdateScoringModelInput;
}>;


export type LeadScoringUpdateModelMutation = { updateScoringModel: { version: number, createdByName: string } };

export type LeadScoringQualifyMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type LeadScoringQualifyMutation = { qualifyLead: { id: string, stage: LeadStage, score: number | null, grade: string | null, scoring: { overridden: boolean, cell: string, fit: number } | null } };

export type LeadScoringTeasersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadScoringTeasersQuery = { offers: { nodes: Array<{ teaser: { score: number | null, grade: string | null, cell: string | null } }> } };

export type LeadScoringAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type LeadScoringAcceptOfferMutation = { acceptOffer: { id: string } };

export type LeadSearchQueryVariables = Exact<{
  search: string;
  orderBy?: LeadOrder;
}>;


export type LeadSearchQuery = { leads: { totalCount: number, nodes: Array<{ id: string, company: { name: string } }> } };

export type LeadStatementCountsOffersQueryVariables = Exact<{
  first: number;
}>;


export type LeadStatementCountsOffersQuery = { offers: { nodes: Array<{ id: string, status: OfferStatus, expiresAt: string, partner: { name: string }, teaser: { companySize: EmployeeBand | null, industry: string | null, country: string, postalArea: string | null, city: string | null, productLine: string | null, requestType: RequestType, score: number | null, grade: string | null, source: LeadSource }, declineReason: { key: string, label: string, labels: Array<{ locale: Locale, text: string }> } | null, lead: { id: string, stage: LeadStage, contact: { lastName: string, email: string | null }, holdingPartner: { id: string, name: string } | null, owner: { id: string, name: string } | null, events: Array<{ type: string }>, duplicates: Array<{ leadId: string }> } | null, history: Array<{ type: string, actorName: string, actorOrganisation: string, data: Record<string, unknown>, reasonCode: { key: string } | null }> }> } };

export type LeadStatementCountsLeadsQueryVariables = Exact<{
  first: number;
}>;


export type LeadStatementCountsLeadsQuery = { leads: { nodes: Array<{ id: string, stage: LeadStage, company: { name: string }, events: Array<{ type: string, actorName: string, reasonCode: { key: string, label: string } | null }>, duplicates: Array<{ leadId: string, matchedOn: Array<string>, companyName: string, stage: LeadStage }>, holdingPartner: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type LeadStatementCountsInboxQueryVariables = Exact<{
  first: number;
}>;


export type LeadStatementCountsInboxQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: OfferStatus, offeredAt: string, expiresAt: string, mode: DistributionMode, allowedActions: Array<OfferAction>, partner: { name: string }, teaser: { companySize: EmployeeBand | null, industry: string | null, country: string, postalArea: string | null, city: string | null, productLine: string | null, requestType: RequestType, timeframe: string | null, budget: number | null, score: number | null, grade: string | null, cell: string | null, source: LeadSource } }> } };

export type LeadStatementCountsLeadsPageQueryVariables = Exact<{
  first: number;
}>;


export type LeadStatementCountsLeadsPageQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, stage: LeadStage, createdAt: string, company: { name: string, city: string | null }, contact: { lastName: string, email: string | null }, holdingPartner: { name: string } | null, owner: { name: string } | null }> } };

export type LeadStatementCountsSearchQueryVariables = Exact<{
  search: string;
  after?: string | null | undefined;
}>;


export type LeadStatementCountsSearchQuery = { leads: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, company: { name: string } }> } };

export type LeadStatementCountsLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadStatementCountsLeadQuery = { lead: { id: string, stage: LeadStage, company: { name: string }, contact: { lastName: string, email: string | null }, events: Array<{ type: string, occurredAt: string, actorName: string, actorOrganisation: string, reasonCode: { key: string } | null }> } };

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

export type MySettingsSaveMutationVariables = Exact<{
  input: UpdateMySettingsInput;
}>;


export type MySettingsSaveMutation = { updateMySettings: { id: string, locale: Locale | null } };

export type MySettingsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MySettingsMeQuery = { me: { user: { locale: Locale | null } } };

export type NotificationMailSaveLanguageMutationVariables = Exact<{
  input: UpdateMySettingsInput;
}>;


export type NotificationMailSaveLanguageMutation = { updateMySettings: { locale: Locale | null } };

export type NotificationMailDeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type NotificationMailDeclineOfferMutation = { declineOffer: { id: string } };

export type NotificationMailFailedNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMailFailedNotificationsQuery = { failedNotifications: { nodes: Array<{ id: string, kind: NotificationKind, lastError: string | null }> } };

export type NotificationMailFailedNotifications2QueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMailFailedNotifications2Query = { failedNotifications: { nodes: Array<{ id: string }> } };

export type OfferDeadlinePreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferDeadlinePreviewQuery = { offerDeadlinePreview: Array<{ tier: PartnerTier, businessHours: number, expiresAt: string }> };

export type OfferDeadlinePreviewUpdateSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type OfferDeadlinePreviewUpdateSettingsMutation = { updateTenantSettings: { timeZone: string } };

export type OfferLeadVisibilityOffersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type OfferLeadVisibilityOffersQuery = { offers: { nodes: Array<{ id: string, lead: { id: string, contact: { email: string | null } } | null }> } };

export type OfferLeadVisibilityLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferLeadVisibilityLeadQuery = { lead: { id: string } };

export type OfferTeaserReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type OfferTeaserReturnMutation = { returnLead: { id: string } };

export type OfferTeaserLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type OfferTeaserLostMutation = { closeLeadLost: { id: string } };

export type OfferTeaserWithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type OfferTeaserWithdrawOfferMutation = { withdrawOffer: { id: string } };

export type OfferTeaserLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferTeaserLeadQuery = { lead: { id: string } };

export type OfferTeaserOfferViewQueryVariables = Exact<{
  leadId: string | number;
}>;


export type OfferTeaserOfferViewQuery = { offers: { nodes: Array<{ status: OfferStatus, lead: { id: string } | null, teaser: { companySize: EmployeeBand | null, industry: string | null, country: string, postalArea: string | null, city: string | null, productLine: string | null, requestType: RequestType, score: number | null, grade: string | null }, history: Array<{ type: string }> }> } };

export type OfferTeaserLeadIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferTeaserLeadIdsQuery = { leads: { nodes: Array<{ id: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string } };

export type PartnerLoadDistributeMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type PartnerLoadDistributeMutation = { distributeLead: { id: string, stage: LeadStage } };

export type PartnerLoadAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerLoadAcceptMutation = { acceptOffer: { id: string, status: OfferStatus } };

export type PartnerLoadDeclineMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type PartnerLoadDeclineMutation = { declineOffer: { id: string, status: OfferStatus } };

export type PartnerLoadWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerLoadWithdrawMutation = { withdrawOffer: { id: string, status: OfferStatus } };

export type PartnerLoadReturnMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type PartnerLoadReturnMutation = { returnLead: { id: string, stage: LeadStage } };

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

export type PolicyRefusalsCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type PolicyRefusalsCreateWebhookEndpointMutation = { createWebhookEndpoint: { endpoint: { id: string } } };

export type PolicyRefusalsAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type PolicyRefusalsAddMemberMutation = { addMember: { id: string } };

export type PolicyRefusalsCreateReasonCodeMutationVariables = Exact<{
  input: CreateReasonCodeInput;
}>;


export type PolicyRefusalsCreateReasonCodeMutation = { createReasonCode: { id: string } };

export type PolicyRefusalsSchedulePartnerAbsenceMutationVariables = Exact<{
  input: SchedulePartnerAbsenceInput;
}>;


export type PolicyRefusalsSchedulePartnerAbsenceMutation = { schedulePartnerAbsence: { id: string } };

export type PolicyRefusalsPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsPartnersQuery = { partners: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsPartnerQuery = { partner: { id: string } };

export type PolicyRefusalsCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type PolicyRefusalsCreatePartnerMutation = { createPartner: { id: string } };

export type PolicyRefusalsUpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type PolicyRefusalsUpdatePartnerMutation = { updatePartner: { id: string } };

export type PolicyRefusalsMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsMembersQuery = { members: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsResendInvitationMutation = { resendInvitation: boolean };

export type PolicyRefusalsUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type PolicyRefusalsUpdateMemberMutation = { updateMember: { id: string } };

export type PolicyRefusalsRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsRemoveMemberMutation = { removeMember: boolean };

export type PolicyRefusalsLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsLeadsQuery = { leads: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsLeadQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsLeadQuery = { lead: { id: string } };

export type PolicyRefusalsCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type PolicyRefusalsCreateLeadMutation = { createLead: { id: string } };

export type PolicyRefusalsUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type PolicyRefusalsUpdateLeadMutation = { updateLead: { id: string } };

export type PolicyRefusalsQualifyLeadMutationVariables = Exact<{
  input: QualifyLeadInput;
}>;


export type PolicyRefusalsQualifyLeadMutation = { qualifyLead: { id: string } };

export type PolicyRefusalsDisqualifyLeadMutationVariables = Exact<{
  input: DisqualifyLeadInput;
}>;


export type PolicyRefusalsDisqualifyLeadMutation = { disqualifyLead: { id: string } };

export type PolicyRefusalsNurtureLeadMutationVariables = Exact<{
  input: NurtureLeadInput;
}>;


export type PolicyRefusalsNurtureLeadMutation = { nurtureLead: { id: string } };

export type PolicyRefusalsRouteDirectMutationVariables = Exact<{
  input: RouteDirectInput;
}>;


export type PolicyRefusalsRouteDirectMutation = { routeDirect: { id: string } };

export type PolicyRefusalsDistributeLeadMutationVariables = Exact<{
  input: DistributeLeadInput;
}>;


export type PolicyRefusalsDistributeLeadMutation = { distributeLead: { id: string } };

export type PolicyRefusalsWithdrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsWithdrawRoundMutation = { withdrawRound: { id: string } };

export type PolicyRefusalsAssignLeadMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type PolicyRefusalsAssignLeadMutation = { assignLead: { id: string } };

export type PolicyRefusalsRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type PolicyRefusalsRecordProgressMutation = { recordProgress: { id: string } };

export type PolicyRefusalsReturnLeadMutationVariables = Exact<{
  input: ReturnLeadInput;
}>;


export type PolicyRefusalsReturnLeadMutation = { returnLead: { id: string } };

export type PolicyRefusalsCloseLeadWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type PolicyRefusalsCloseLeadWonMutation = { closeLeadWon: { id: string } };

export type PolicyRefusalsCloseLeadLostMutationVariables = Exact<{
  input: CloseLeadLostInput;
}>;


export type PolicyRefusalsCloseLeadLostMutation = { closeLeadLost: { id: string } };

export type PolicyRefusalsOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsOffersQuery = { offers: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsAcceptOfferMutation = { acceptOffer: { id: string } };

export type PolicyRefusalsDeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type PolicyRefusalsDeclineOfferMutation = { declineOffer: { id: string } };

export type PolicyRefusalsWithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsWithdrawOfferMutation = { withdrawOffer: { id: string } };

export type PolicyRefusalsRecordEngagementMutationVariables = Exact<{
  input: RecordEngagementInput;
}>;


export type PolicyRefusalsRecordEngagementMutation = { recordEngagement: { id: string } };

export type PolicyRefusalsScoringModelQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsScoringModelQuery = { scoringModel: { version: number } };

export type PolicyRefusalsUpdateScoringModelMutationVariables = Exact<{
  input: UpdateScoringModelInput;
}>;


export type PolicyRefusalsUpdateScoringModelMutation = { updateScoringModel: { version: number } };

export type PolicyRefusalsReasonCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsReasonCodesQuery = { reasonCodes: Array<{ key: string }> };

export type PolicyRefusalsUpdateReasonCodeMutationVariables = Exact<{
  input: UpdateReasonCodeInput;
}>;


export type PolicyRefusalsUpdateReasonCodeMutation = { updateReasonCode: { id: string } };

export type PolicyRefusalsRetireReasonCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsRetireReasonCodeMutation = { retireReasonCode: { id: string } };

export type PolicyRefusalsIntakeKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsIntakeKeysQuery = { intakeKeys: Array<{ id: string }> };

export type PolicyRefusalsCreateIntakeKeyMutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type PolicyRefusalsCreateIntakeKeyMutation = { createIntakeKey: { secret: string } };

export type PolicyRefusalsCreateIntakeKey2MutationVariables = Exact<{
  input: CreateIntakeKeyInput;
}>;


export type PolicyRefusalsCreateIntakeKey2Mutation = { createIntakeKey: { intakeKey: { id: string } } };

export type PolicyRefusalsRevokeIntakeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsRevokeIntakeKeyMutation = { revokeIntakeKey: { id: string } };

export type PolicyRefusalsCandidatePartnersQueryVariables = Exact<{
  leadId: string | number;
}>;


export type PolicyRefusalsCandidatePartnersQuery = { candidatePartners: { leadId: string } };

export type PolicyRefusalsRoutingPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsRoutingPolicyQuery = { routingPolicy: { __typename: 'RoutingPolicy' } };

export type PolicyRefusalsUpdateRoutingPolicyMutationVariables = Exact<{
  input: UpdateRoutingPolicyInput;
}>;


export type PolicyRefusalsUpdateRoutingPolicyMutation = { updateRoutingPolicy: { __typename: 'RoutingPolicy' } };

export type PolicyRefusalsPartnerAbsencesQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PolicyRefusalsPartnerAbsencesQuery = { partnerAbsences: Array<{ id: string }> };

export type PolicyRefusalsCancelPartnerAbsenceMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsCancelPartnerAbsenceMutation = { cancelPartnerAbsence: { id: string } };

export type PolicyRefusalsTenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsTenantSettingsQuery = { tenantSettings: { __typename: 'TenantSettings' } };

export type PolicyRefusalsOfferDeadlinePreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsOfferDeadlinePreviewQuery = { offerDeadlinePreview: Array<{ tier: PartnerTier }> };

export type PolicyRefusalsUpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type PolicyRefusalsUpdateTenantSettingsMutation = { updateTenantSettings: { __typename: 'TenantSettings' } };

export type PolicyRefusalsFailedNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsFailedNotificationsQuery = { failedNotifications: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsStaleLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsStaleLeadsQuery = { staleLeads: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsWebhookEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsWebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsWebhookEventTypesQuery = { webhookEventTypes: Array<string> };

export type PolicyRefusalsWebhookDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyRefusalsWebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string }> } };

export type PolicyRefusalsCreateWebhookEndpoint2MutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type PolicyRefusalsCreateWebhookEndpoint2Mutation = { createWebhookEndpoint: { secret: string } };

export type PolicyRefusalsUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type PolicyRefusalsUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string } };

export type PolicyRefusalsDisableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsDisableWebhookEndpointMutation = { disableWebhookEndpoint: { id: string } };

export type PolicyRefusalsEnableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsEnableWebhookEndpointMutation = { enableWebhookEndpoint: { id: string } };

export type PolicyRefusalsRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string } };

export type PolicyRefusalsSendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type PolicyRefusalsSendTestWebhookMutation = { sendTestWebhook: { id: string } };

export type ProductionPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionPartnersQuery = { partners: { totalCount: number } };

export type ProductionAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type ProductionAddMemberMutation = { addMember: { id: string } };

export type ProductionTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionTypenameQuery = { __typename: 'Query' };

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

export type RememberedArgumentsOffersQueryVariables = Exact<{
  first: number;
  status?: Array<OfferStatus> | OfferStatus | null | undefined;
}>;


export type RememberedArgumentsOffersQuery = { offers: { totalCount: number } };

export type SessionCacheMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionCacheMeQuery = { me: { user: { name: string } } };

export type SessionCacheLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionCacheLogoutMutation = { logout: boolean };

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

export type TwoWorkersCreateWebhookEndpointMutationVariables = Exact<{
  url: string;
}>;


export type TwoWorkersCreateWebhookEndpointMutation = { createWebhookEndpoint: { endpoint: { id: string } } };

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhooksCreateMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, eventTypes: Array<string>, status: WebhookEndpointStatus } } };

export type WebhooksUpdateMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhooksUpdateMutation = { updateWebhookEndpoint: { id: string, url: string, eventTypes: Array<string>, description: string | null } };

export type WebhooksDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksDisableMutation = { disableWebhookEndpoint: { id: string, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, disabledAt: string | null } };

export type WebhooksEnableMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksEnableMutation = { enableWebhookEndpoint: { id: string, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, consecutiveFailures: number } };

export type WebhooksRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksRotateMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, previousSecretExpiresAt: string | null } } };

export type WebhooksSendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksSendTestMutation = { sendTestWebhook: { id: string, eventType: string, status: WebhookDeliveryStatus } };

export type WebhooksEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksEndpointsQuery = { webhookEndpoints: { totalCount: number, nodes: Array<{ id: string, url: string, status: WebhookEndpointStatus, disabledReason: WebhookDisabledReason | null, consecutiveFailures: number, lastSuccessAt: string | null }> } };

export type WebhooksDeliveriesQueryVariables = Exact<{
  endpointId?: string | number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type WebhooksDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, endpointId: string, eventType: string, eventId: string | null, status: WebhookDeliveryStatus, attempts: number, lastResponseCode: number | null, lastError: string | null, lastAttemptAt: string | null, deliveredAt: string | null, payload: Record<string, unknown> }> } };

export type WebhooksWonMutationVariables = Exact<{
  input: CloseLeadWonInput;
}>;


export type WebhooksWonMutation = { closeLeadWon: { id: string, stage: LeadStage } };

export type WebhooksEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksEventTypesQuery = { webhookEventTypes: Array<string> };

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

export type DueWorkUpdateNotificationPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type DueWorkUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { disabled: Array<NotificationCategory> } };

export type DueWorkStaleLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type DueWorkStaleLeadsQuery = { staleLeads: { nodes: Array<{ id: string }> } };

export type DueWorkStaleLeads2QueryVariables = Exact<{ [key: string]: never; }>;


export type DueWorkStaleLeads2Query = { staleLeads: { nodes: Array<{ id: string }> } };

export type DueWorkRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type DueWorkRecordProgressMutation = { recordProgress: { id: string } };

export type DueWorkAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type DueWorkAcceptOfferMutation = { acceptOffer: { status: OfferStatus } };

export type ListPlansInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ListPlansInboxQuery = { offers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: OfferStatus, partner: { name: string }, teaser: { city: string | null, postalArea: string | null, score: number | null } }> } };

export type ListPlansOffersFullQueryVariables = Exact<{ [key: string]: never; }>;


export type ListPlansOffersFullQuery = { offers: { nodes: Array<{ id: string, lead: { id: string } | null, declineReason: { key: string } | null }> } };

export type ListPlansLeadsQueryVariables = Exact<{
  orderBy?: LeadOrder;
  filter?: LeadFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ListPlansLeadsQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, stage: LeadStage }> } };

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

export type StandaloneRestartLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type StandaloneRestartLoginMutation = { login: { accessToken: string } };

export type StandaloneRestartLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandaloneRestartLeadsQuery = { leads: { totalCount: number } };

export type DemoLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type DemoLoginMutation = { login: { accessToken: string } };

export const PartnersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersFieldsFragment, unknown>;
export const ReasonCodesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesFieldsFragment, unknown>;
export const AutomaticReofferUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomaticReofferUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxRounds"}}]}}]}}]} as unknown as DocumentNode<AutomaticReofferUpdatePolicyMutation, AutomaticReofferUpdatePolicyMutationVariables>;
export const AutomaticReofferCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomaticReofferCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AutomaticReofferCreateLeadMutation, AutomaticReofferCreateLeadMutationVariables>;
export const AutomaticRoutingUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomaticRoutingUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxRounds"}},{"kind":"Field","name":{"kind":"Name","value":"fallbackPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingUpdatePolicyMutation, AutomaticRoutingUpdatePolicyMutationVariables>;
export const AutomaticRoutingPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomaticRoutingPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fallbackPartnerId"}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingPolicyQuery, AutomaticRoutingPolicyQueryVariables>;
export const AutomaticRoutingCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomaticRoutingCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingCreateLeadMutation, AutomaticRoutingCreateLeadMutationVariables>;
export const AutomaticRoutingLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomaticRoutingLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingLeadQuery, AutomaticRoutingLeadQueryVariables>;
export const AutomaticRoutingQualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutomaticRoutingQualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingQualifyLeadMutation, AutomaticRoutingQualifyLeadMutationVariables>;
export const AutomaticRoutingOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutomaticRoutingOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]}}]}}]} as unknown as DocumentNode<AutomaticRoutingOffersQuery, AutomaticRoutingOffersQueryVariables>;
export const BadInputAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputAddMemberMutation, BadInputAddMemberMutationVariables>;
export const BadInputUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputUpdateMemberMutation, BadInputUpdateMemberMutationVariables>;
export const BadInputRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BadInputRemoveMemberMutation, BadInputRemoveMemberMutationVariables>;
export const BadInputCreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputCreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputCreatePartnerMutation, BadInputCreatePartnerMutationVariables>;
export const BadInputUpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputUpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputUpdatePartnerMutation, BadInputUpdatePartnerMutationVariables>;
export const BadInputPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadInputPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputPartnerQuery, BadInputPartnerQueryVariables>;
export const BadInputPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadInputPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BadInputPartnersQuery, BadInputPartnersQueryVariables>;
export const BadInputMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadInputMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BadInputMembersQuery, BadInputMembersQueryVariables>;
export const BadInputLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<BadInputLoginMutation, BadInputLoginMutationVariables>;
export const BulkSameAsOneUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkSameAsOneUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<BulkSameAsOneUpdatePolicyMutation, BulkSameAsOneUpdatePolicyMutationVariables>;
export const BulkIntakeUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkIntakeUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<BulkIntakeUpdatePolicyMutation, BulkIntakeUpdatePolicyMutationVariables>;
export const BulkIntakeCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkIntakeCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<BulkIntakeCreateKeyMutation, BulkIntakeCreateKeyMutationVariables>;
export const CandidatePartnersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePartnersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidatePartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"widenedTo"}},{"kind":"Field","name":{"kind":"Name","value":"wideningLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}},{"kind":"Field","name":{"kind":"Name","value":"availableSince"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierWeight"}},{"kind":"Field","name":{"kind":"Name","value":"performanceFactor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersListQuery, CandidatePartnersListQueryVariables>;
export const CandidatePartnersUpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidatePartnersUpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiersByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersUpdatePolicyMutation, CandidatePartnersUpdatePolicyMutationVariables>;
export const CandidatePartnersPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePartnersPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiersByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersPolicyQuery, CandidatePartnersPolicyQueryVariables>;
export const CandidatePartnersScheduleAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidatePartnersScheduleAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePartnerAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersScheduleAbsenceMutation, CandidatePartnersScheduleAbsenceMutationVariables>;
export const CandidatePartnersCancelAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidatePartnersCancelAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersCancelAbsenceMutation, CandidatePartnersCancelAbsenceMutationVariables>;
export const CandidatePartnersDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidatePartnersDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersDeclineMutation, CandidatePartnersDeclineMutationVariables>;
export const CandidatePartnersWeightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePartnersWeight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"routingWeight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierWeight"}},{"kind":"Field","name":{"kind":"Name","value":"performanceFactor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePartnersWeightQuery, CandidatePartnersWeightQueryVariables>;
export const DemoDeadlineDistributeLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoDeadlineDistributeLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<DemoDeadlineDistributeLeadMutation, DemoDeadlineDistributeLeadMutationVariables>;
export const DemoDeadlineLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoDeadlineLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<DemoDeadlineLeadQuery, DemoDeadlineLeadQueryVariables>;
export const DemoRoutingInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRoutingInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DemoRoutingInboxQuery, DemoRoutingInboxQueryVariables>;
export const HostileInputCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileInputCreateKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Fuzz form","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"WEB_FORM"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<HostileInputCreateKeyMutation, HostileInputCreateKeyMutationVariables>;
export const InboxOrderOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxOrderOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}}]}}]} as unknown as DocumentNode<InboxOrderOffersQuery, InboxOrderOffersQueryVariables>;
export const InvitationPasswordAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPasswordAddMutation, InvitationPasswordAddMutationVariables>;
export const InvitationPasswordResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordResendMutation, InvitationPasswordResendMutationVariables>;
export const InvitationPasswordSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordSetPasswordMutation, InvitationPasswordSetPasswordMutationVariables>;
export const InvitationPasswordRequestResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPasswordRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InvitationPasswordRequestResetMutation, InvitationPasswordRequestResetMutationVariables>;
export const InvitationPasswordMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPasswordMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPasswordMeQuery, InvitationPasswordMeQueryVariables>;
export const IsolationPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsolationPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IsolationPartnerQuery, IsolationPartnerQueryVariables>;
export const IsolationUpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsolationUpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IsolationUpdatePartnerMutation, IsolationUpdatePartnerMutationVariables>;
export const IsolationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsolationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsolationMembersQuery, IsolationMembersQueryVariables>;
export const IsolationAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsolationAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IsolationAddMemberMutation, IsolationAddMemberMutationVariables>;
export const IsolationUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsolationUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<IsolationUpdateMemberMutation, IsolationUpdateMemberMutationVariables>;
export const IsolationRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsolationRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<IsolationRemoveMemberMutation, IsolationRemoveMemberMutationVariables>;
export const LeadBadInputCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCreateLeadMutation, LeadBadInputCreateLeadMutationVariables>;
export const LeadBadInputUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputUpdateLeadMutation, LeadBadInputUpdateLeadMutationVariables>;
export const LeadBadInputQualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputQualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputQualifyLeadMutation, LeadBadInputQualifyLeadMutationVariables>;
export const LeadBadInputDisqualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputDisqualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisqualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputDisqualifyLeadMutation, LeadBadInputDisqualifyLeadMutationVariables>;
export const LeadBadInputNurtureLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputNurtureLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NurtureLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurtureLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputNurtureLeadMutation, LeadBadInputNurtureLeadMutationVariables>;
export const LeadBadInputRouteDirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputRouteDirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteDirectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeDirect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputRouteDirectMutation, LeadBadInputRouteDirectMutationVariables>;
export const LeadBadInputDistributeLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputDistributeLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputDistributeLeadMutation, LeadBadInputDistributeLeadMutationVariables>;
export const LeadBadInputWithdrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputWithdrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputWithdrawRoundMutation, LeadBadInputWithdrawRoundMutationVariables>;
export const LeadBadInputWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputWithdrawOfferMutation, LeadBadInputWithdrawOfferMutationVariables>;
export const LeadBadInputAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputAcceptOfferMutation, LeadBadInputAcceptOfferMutationVariables>;
export const LeadBadInputDeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputDeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputDeclineOfferMutation, LeadBadInputDeclineOfferMutationVariables>;
export const LeadBadInputAssignLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputAssignLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputAssignLeadMutation, LeadBadInputAssignLeadMutationVariables>;
export const LeadBadInputRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputRecordProgressMutation, LeadBadInputRecordProgressMutationVariables>;
export const LeadBadInputReturnLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputReturnLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputReturnLeadMutation, LeadBadInputReturnLeadMutationVariables>;
export const LeadBadInputCloseLeadWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCloseLeadWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCloseLeadWonMutation, LeadBadInputCloseLeadWonMutationVariables>;
export const LeadBadInputCloseLeadLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCloseLeadLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCloseLeadLostMutation, LeadBadInputCloseLeadLostMutationVariables>;
export const LeadBadInputCreateReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCreateReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCreateReasonCodeMutation, LeadBadInputCreateReasonCodeMutationVariables>;
export const LeadBadInputUpdateReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputUpdateReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputUpdateReasonCodeMutation, LeadBadInputUpdateReasonCodeMutationVariables>;
export const LeadBadInputRetireReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputRetireReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputRetireReasonCodeMutation, LeadBadInputRetireReasonCodeMutationVariables>;
export const LeadBadInputCreateIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCreateIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCreateIntakeKeyMutation, LeadBadInputCreateIntakeKeyMutationVariables>;
export const LeadBadInputRevokeIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputRevokeIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputRevokeIntakeKeyMutation, LeadBadInputRevokeIntakeKeyMutationVariables>;
export const LeadBadInputUpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputUpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptanceHours"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputUpdateTenantSettingsMutation, LeadBadInputUpdateTenantSettingsMutationVariables>;
export const LeadBadInputLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBadInputLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputLeadsQuery, LeadBadInputLeadsQueryVariables>;
export const LeadBadInputLeads2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBadInputLeads2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputLeads2Query, LeadBadInputLeads2QueryVariables>;
export const LeadBadInputOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBadInputOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputOffersQuery, LeadBadInputOffersQueryVariables>;
export const LeadBadInputReasonCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBadInputReasonCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCodeKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<LeadBadInputReasonCodesQuery, LeadBadInputReasonCodesQueryVariables>;
export const LeadBadInputCreateIntakeKey2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadBadInputCreateIntakeKey2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Website","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"WEB_FORM"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadBadInputCreateIntakeKey2Mutation, LeadBadInputCreateIntakeKey2MutationVariables>;
export const LeadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountExact"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadCountQuery, LeadCountQueryVariables>;
export const LeadCreatedWebhookCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadCreatedWebhookCreateWebhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"http://127.0.0.1:9/hooks","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"lead.created","block":false},{"kind":"StringValue","value":"lead.updated","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadCreatedWebhookCreateWebhookEndpointMutation, LeadCreatedWebhookCreateWebhookEndpointMutationVariables>;
export const LeadCreatedWebhookCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadCreatedWebhookCreateLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"WEB_FORM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"company"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Webhook GmbH","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"DE","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lastName"},"value":{"kind":"StringValue","value":"Hook","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadCreatedWebhookCreateLeadMutation, LeadCreatedWebhookCreateLeadMutationVariables>;
export const LeadCreatedWebhookUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadCreatedWebhookUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadCreatedWebhookUpdateLeadMutation, LeadCreatedWebhookUpdateLeadMutationVariables>;
export const LeadDataCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDataCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"existingCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadDataCreateMutation, LeadDataCreateMutationVariables>;
export const LeadDataUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDataUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDataUpdateMutation, LeadDataUpdateMutationVariables>;
export const LeadDataQualifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDataQualify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadDataQualifyMutation, LeadDataQualifyMutationVariables>;
export const LeadDataDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDataDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDataDuplicatesQuery, LeadDataDuplicatesQueryVariables>;
export const LeadDistributionReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDistributionReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadDistributionReturnMutation, LeadDistributionReturnMutationVariables>;
export const LeadDistributionUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadDistributionUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptanceHours"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceHoursByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"silver"}},{"kind":"Field","name":{"kind":"Name","value":"bronze"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDistributionUpdateSettingsMutation, LeadDistributionUpdateSettingsMutationVariables>;
export const LeadGradeFilterLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadGradeFilterLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<LeadGradeFilterLeadsQuery, LeadGradeFilterLeadsQueryVariables>;
export const LeadHoldingPartnerAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadHoldingPartnerAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerAssignMutation, LeadHoldingPartnerAssignMutationVariables>;
export const LeadHoldingPartnerProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadHoldingPartnerProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progressStage"}},{"kind":"Field","name":{"kind":"Name","value":"lastProgressAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerProgressMutation, LeadHoldingPartnerProgressMutationVariables>;
export const LeadHoldingPartnerWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadHoldingPartnerWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"won"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerWonMutation, LeadHoldingPartnerWonMutationVariables>;
export const LeadHoldingPartnerLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadHoldingPartnerLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostToCompetitor"}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerLostMutation, LeadHoldingPartnerLostMutationVariables>;
export const LeadHoldingPartnerLeadIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadHoldingPartnerLeadIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerLeadIdsQuery, LeadHoldingPartnerLeadIdsQueryVariables>;
export const LeadHoldingPartnerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadHoldingPartnerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerEventsQuery, LeadHoldingPartnerEventsQueryVariables>;
export const LeadHoldingPartnerLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadHoldingPartnerLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerLeadQuery, LeadHoldingPartnerLeadQueryVariables>;
export const LeadHoldingPartnerLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadHoldingPartnerLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LOST"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerLeadsQuery, LeadHoldingPartnerLeadsQueryVariables>;
export const LeadHoldingPartnerNurtureLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadHoldingPartnerNurtureLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NurtureLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurtureLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadHoldingPartnerNurtureLeadMutation, LeadHoldingPartnerNurtureLeadMutationVariables>;
export const LeadIntakeCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIntakeCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"intakeKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<LeadIntakeCreateKeyMutation, LeadIntakeCreateKeyMutationVariables>;
export const LeadIntakeKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadIntakeKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LeadIntakeKeysQuery, LeadIntakeKeysQueryVariables>;
export const LeadIntakeRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIntakeRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<LeadIntakeRevokeMutation, LeadIntakeRevokeMutationVariables>;
export const LeadIsolationLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadIsolationLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationLeadQuery, LeadIsolationLeadQueryVariables>;
export const LeadIsolationLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadIsolationLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadIsolationLeadsQuery, LeadIsolationLeadsQueryVariables>;
export const LeadIsolationOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadIsolationOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationOffersQuery, LeadIsolationOffersQueryVariables>;
export const LeadIsolationUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationUpdateLeadMutation, LeadIsolationUpdateLeadMutationVariables>;
export const LeadIsolationQualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationQualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationQualifyLeadMutation, LeadIsolationQualifyLeadMutationVariables>;
export const LeadIsolationDisqualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationDisqualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisqualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationDisqualifyLeadMutation, LeadIsolationDisqualifyLeadMutationVariables>;
export const LeadIsolationNurtureLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationNurtureLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NurtureLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurtureLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationNurtureLeadMutation, LeadIsolationNurtureLeadMutationVariables>;
export const LeadIsolationRouteDirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationRouteDirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteDirectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeDirect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationRouteDirectMutation, LeadIsolationRouteDirectMutationVariables>;
export const LeadIsolationDistributeLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationDistributeLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationDistributeLeadMutation, LeadIsolationDistributeLeadMutationVariables>;
export const LeadIsolationWithdrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationWithdrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationWithdrawRoundMutation, LeadIsolationWithdrawRoundMutationVariables>;
export const LeadIsolationWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationWithdrawOfferMutation, LeadIsolationWithdrawOfferMutationVariables>;
export const LeadIsolationAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationAcceptOfferMutation, LeadIsolationAcceptOfferMutationVariables>;
export const LeadIsolationDeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationDeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationDeclineOfferMutation, LeadIsolationDeclineOfferMutationVariables>;
export const LeadIsolationAssignLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationAssignLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationAssignLeadMutation, LeadIsolationAssignLeadMutationVariables>;
export const LeadIsolationRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationRecordProgressMutation, LeadIsolationRecordProgressMutationVariables>;
export const LeadIsolationReturnLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationReturnLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationReturnLeadMutation, LeadIsolationReturnLeadMutationVariables>;
export const LeadIsolationCloseLeadWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationCloseLeadWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationCloseLeadWonMutation, LeadIsolationCloseLeadWonMutationVariables>;
export const LeadIsolationCloseLeadLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationCloseLeadLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationCloseLeadLostMutation, LeadIsolationCloseLeadLostMutationVariables>;
export const LeadIsolationUpdateReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationUpdateReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationUpdateReasonCodeMutation, LeadIsolationUpdateReasonCodeMutationVariables>;
export const LeadIsolationRetireReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationRetireReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationRetireReasonCodeMutation, LeadIsolationRetireReasonCodeMutationVariables>;
export const LeadIsolationRevokeIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationRevokeIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadIsolationRevokeIntakeKeyMutation, LeadIsolationRevokeIntakeKeyMutationVariables>;
export const LeadIsolationCreateIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadIsolationCreateIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadIsolationCreateIntakeKeyMutation, LeadIsolationCreateIntakeKeyMutationVariables>;
export const LeadLifecycleCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleCreateLeadMutation, LeadLifecycleCreateLeadMutationVariables>;
export const LeadLifecycleQualifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleQualify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleQualifyMutation, LeadLifecycleQualifyMutationVariables>;
export const LeadLifecycleDistributeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleDistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleDistributeMutation, LeadLifecycleDistributeMutationVariables>;
export const LeadLifecycleOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadLifecycleOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalArea"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"productLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleOffersQuery, LeadLifecycleOffersQueryVariables>;
export const LeadLifecycleAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleAcceptMutation, LeadLifecycleAcceptMutationVariables>;
export const LeadLifecycleReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"pendingFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleReturnMutation, LeadLifecycleReturnMutationVariables>;
export const LeadLifecycleProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"progressStage"}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleProgressMutation, LeadLifecycleProgressMutationVariables>;
export const LeadLifecycleWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadLifecycleWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"won"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleWonMutation, LeadLifecycleWonMutationVariables>;
export const LeadLifecycleEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadLifecycleEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleEventsQuery, LeadLifecycleEventsQueryVariables>;
export const LeadLifecycleOfferHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadLifecycleOfferHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadLifecycleOfferHistoryQuery, LeadLifecycleOfferHistoryQueryVariables>;
export const LeadListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LeadListPageQuery, LeadListPageQueryVariables>;
export const LeadRescoreCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadRescoreCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<LeadRescoreCreateLeadMutation, LeadRescoreCreateLeadMutationVariables>;
export const LeadRescoreRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadRescoreRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}}]}}]}}]}}]} as unknown as DocumentNode<LeadRescoreRecordMutation, LeadRescoreRecordMutationVariables>;
export const LeadScoringCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<LeadScoringCreateKeyMutation, LeadScoringCreateKeyMutationVariables>;
export const LeadScoringLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadScoringLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringLeadQuery, LeadScoringLeadQueryVariables>;
export const LeadScoringCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringCreateLeadMutation, LeadScoringCreateLeadMutationVariables>;
export const LeadScoringUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringUpdateLeadMutation, LeadScoringUpdateLeadMutationVariables>;
export const LeadScoringRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringRecordMutation, LeadScoringRecordMutationVariables>;
export const LeadScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadScoringModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"halfLifeDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagementCap"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"one"}},{"kind":"Field","name":{"kind":"Name","value":"two"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoQualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringModelQuery, LeadScoringModelQueryVariables>;
export const LeadScoringUpdateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringUpdateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoringModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]} as unknown as DocumentNode<LeadScoringUpdateModelMutation, LeadScoringUpdateModelMutationVariables>;
export const LeadScoringQualifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringQualify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringQualifyMutation, LeadScoringQualifyMutationVariables>;
export const LeadScoringTeasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadScoringTeasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoringTeasersQuery, LeadScoringTeasersQueryVariables>;
export const LeadScoringAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadScoringAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadScoringAcceptOfferMutation, LeadScoringAcceptOfferMutationVariables>;
export const LeadSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadSearchQuery, LeadSearchQueryVariables>;
export const LeadStatementCountsOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalArea"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"productLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsOffersQuery, LeadStatementCountsOffersQueryVariables>;
export const LeadStatementCountsLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsLeadsQuery, LeadStatementCountsLeadsQueryVariables>;
export const LeadStatementCountsInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalArea"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"productLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsInboxQuery, LeadStatementCountsInboxQueryVariables>;
export const LeadStatementCountsLeadsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsLeadsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsLeadsPageQuery, LeadStatementCountsLeadsPageQueryVariables>;
export const LeadStatementCountsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsSearchQuery, LeadStatementCountsSearchQueryVariables>;
export const LeadStatementCountsLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatementCountsLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatementCountsLeadQuery, LeadStatementCountsLeadQueryVariables>;
export const LoginMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMeQuery, LoginMeQueryVariables>;
export const LoginRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<LoginRefreshMutation, LoginRefreshMutationVariables>;
export const LoginLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LoginLogoutMutation, LoginLogoutMutationVariables>;
export const LoginRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<LoginRemoveMemberMutation, LoginRemoveMemberMutationVariables>;
export const MembersAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersAddMutation, MembersAddMutationVariables>;
export const MembersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersUpdateMutation, MembersUpdateMutationVariables>;
export const MembersRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersRemoveMutation, MembersRemoveMutationVariables>;
export const MembersMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MembersMembersQuery, MembersMembersQueryVariables>;
export const MySettingsSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MySettingsSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<MySettingsSaveMutation, MySettingsSaveMutationVariables>;
export const MySettingsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySettingsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<MySettingsMeQuery, MySettingsMeQueryVariables>;
export const NotificationMailSaveLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMailSaveLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<NotificationMailSaveLanguageMutation, NotificationMailSaveLanguageMutationVariables>;
export const NotificationMailDeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMailDeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationMailDeclineOfferMutation, NotificationMailDeclineOfferMutationVariables>;
export const NotificationMailFailedNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationMailFailedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMailFailedNotificationsQuery, NotificationMailFailedNotificationsQueryVariables>;
export const NotificationMailFailedNotifications2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationMailFailedNotifications2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMailFailedNotifications2Query, NotificationMailFailedNotifications2QueryVariables>;
export const OfferDeadlinePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferDeadlinePreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerDeadlinePreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OfferDeadlinePreviewQuery, OfferDeadlinePreviewQueryVariables>;
export const OfferDeadlinePreviewUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferDeadlinePreviewUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<OfferDeadlinePreviewUpdateSettingsMutation, OfferDeadlinePreviewUpdateSettingsMutationVariables>;
export const OfferLeadVisibilityOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferLeadVisibilityOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferLeadVisibilityOffersQuery, OfferLeadVisibilityOffersQueryVariables>;
export const OfferLeadVisibilityLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferLeadVisibilityLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferLeadVisibilityLeadQuery, OfferLeadVisibilityLeadQueryVariables>;
export const OfferTeaserReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferTeaserReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferTeaserReturnMutation, OfferTeaserReturnMutationVariables>;
export const OfferTeaserLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferTeaserLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferTeaserLostMutation, OfferTeaserLostMutationVariables>;
export const OfferTeaserWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferTeaserWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferTeaserWithdrawOfferMutation, OfferTeaserWithdrawOfferMutationVariables>;
export const OfferTeaserLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferTeaserLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfferTeaserLeadQuery, OfferTeaserLeadQueryVariables>;
export const OfferTeaserOfferViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferTeaserOfferView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalArea"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"productLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferTeaserOfferViewQuery, OfferTeaserOfferViewQueryVariables>;
export const OfferTeaserLeadIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferTeaserLeadIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OfferTeaserLeadIdsQuery, OfferTeaserLeadIdsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PartnerLoadDistributeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerLoadDistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<PartnerLoadDistributeMutation, PartnerLoadDistributeMutationVariables>;
export const PartnerLoadAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerLoadAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerLoadAcceptMutation, PartnerLoadAcceptMutationVariables>;
export const PartnerLoadDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerLoadDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerLoadDeclineMutation, PartnerLoadDeclineMutationVariables>;
export const PartnerLoadWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerLoadWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerLoadWithdrawMutation, PartnerLoadWithdrawMutationVariables>;
export const PartnerLoadReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerLoadReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<PartnerLoadReturnMutation, PartnerLoadReturnMutationVariables>;
export const PartnersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersCreateMutation, PartnersCreateMutationVariables>;
export const PartnersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"postalCodePrefixes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnersUpdateMutation, PartnersUpdateMutationVariables>;
export const PartnersPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnersPartnersQuery, PartnersPartnersQueryVariables>;
export const PartnersPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersPartnerQuery, PartnersPartnerQueryVariables>;
export const PolicyRefusalsCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateWebhookEndpointMutation, PolicyRefusalsCreateWebhookEndpointMutationVariables>;
export const PolicyRefusalsAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsAddMemberMutation, PolicyRefusalsAddMemberMutationVariables>;
export const PolicyRefusalsCreateReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateReasonCodeMutation, PolicyRefusalsCreateReasonCodeMutationVariables>;
export const PolicyRefusalsSchedulePartnerAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsSchedulePartnerAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePartnerAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsSchedulePartnerAbsenceMutation, PolicyRefusalsSchedulePartnerAbsenceMutationVariables>;
export const PolicyRefusalsPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsPartnersQuery, PolicyRefusalsPartnersQueryVariables>;
export const PolicyRefusalsPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsPartnerQuery, PolicyRefusalsPartnerQueryVariables>;
export const PolicyRefusalsCreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreatePartnerMutation, PolicyRefusalsCreatePartnerMutationVariables>;
export const PolicyRefusalsUpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdatePartnerMutation, PolicyRefusalsUpdatePartnerMutationVariables>;
export const PolicyRefusalsMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsMembersQuery, PolicyRefusalsMembersQueryVariables>;
export const PolicyRefusalsResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PolicyRefusalsResendInvitationMutation, PolicyRefusalsResendInvitationMutationVariables>;
export const PolicyRefusalsUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateMemberMutation, PolicyRefusalsUpdateMemberMutationVariables>;
export const PolicyRefusalsRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PolicyRefusalsRemoveMemberMutation, PolicyRefusalsRemoveMemberMutationVariables>;
export const PolicyRefusalsLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsLeadsQuery, PolicyRefusalsLeadsQueryVariables>;
export const PolicyRefusalsLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsLeadQuery, PolicyRefusalsLeadQueryVariables>;
export const PolicyRefusalsCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateLeadMutation, PolicyRefusalsCreateLeadMutationVariables>;
export const PolicyRefusalsUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateLeadMutation, PolicyRefusalsUpdateLeadMutationVariables>;
export const PolicyRefusalsQualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsQualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsQualifyLeadMutation, PolicyRefusalsQualifyLeadMutationVariables>;
export const PolicyRefusalsDisqualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsDisqualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisqualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsDisqualifyLeadMutation, PolicyRefusalsDisqualifyLeadMutationVariables>;
export const PolicyRefusalsNurtureLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsNurtureLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NurtureLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurtureLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsNurtureLeadMutation, PolicyRefusalsNurtureLeadMutationVariables>;
export const PolicyRefusalsRouteDirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRouteDirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteDirectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeDirect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRouteDirectMutation, PolicyRefusalsRouteDirectMutationVariables>;
export const PolicyRefusalsDistributeLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsDistributeLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsDistributeLeadMutation, PolicyRefusalsDistributeLeadMutationVariables>;
export const PolicyRefusalsWithdrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsWithdrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsWithdrawRoundMutation, PolicyRefusalsWithdrawRoundMutationVariables>;
export const PolicyRefusalsAssignLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsAssignLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsAssignLeadMutation, PolicyRefusalsAssignLeadMutationVariables>;
export const PolicyRefusalsRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRecordProgressMutation, PolicyRefusalsRecordProgressMutationVariables>;
export const PolicyRefusalsReturnLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsReturnLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsReturnLeadMutation, PolicyRefusalsReturnLeadMutationVariables>;
export const PolicyRefusalsCloseLeadWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCloseLeadWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCloseLeadWonMutation, PolicyRefusalsCloseLeadWonMutationVariables>;
export const PolicyRefusalsCloseLeadLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCloseLeadLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCloseLeadLostMutation, PolicyRefusalsCloseLeadLostMutationVariables>;
export const PolicyRefusalsOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsOffersQuery, PolicyRefusalsOffersQueryVariables>;
export const PolicyRefusalsAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsAcceptOfferMutation, PolicyRefusalsAcceptOfferMutationVariables>;
export const PolicyRefusalsDeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsDeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsDeclineOfferMutation, PolicyRefusalsDeclineOfferMutationVariables>;
export const PolicyRefusalsWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsWithdrawOfferMutation, PolicyRefusalsWithdrawOfferMutationVariables>;
export const PolicyRefusalsRecordEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRecordEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRecordEngagementMutation, PolicyRefusalsRecordEngagementMutationVariables>;
export const PolicyRefusalsScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsScoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsScoringModelQuery, PolicyRefusalsScoringModelQueryVariables>;
export const PolicyRefusalsUpdateScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateScoringModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoringModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateScoringModelMutation, PolicyRefusalsUpdateScoringModelMutationVariables>;
export const PolicyRefusalsReasonCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsReasonCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsReasonCodesQuery, PolicyRefusalsReasonCodesQueryVariables>;
export const PolicyRefusalsUpdateReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateReasonCodeMutation, PolicyRefusalsUpdateReasonCodeMutationVariables>;
export const PolicyRefusalsRetireReasonCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRetireReasonCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRetireReasonCodeMutation, PolicyRefusalsRetireReasonCodeMutationVariables>;
export const PolicyRefusalsIntakeKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsIntakeKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsIntakeKeysQuery, PolicyRefusalsIntakeKeysQueryVariables>;
export const PolicyRefusalsCreateIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateIntakeKeyMutation, PolicyRefusalsCreateIntakeKeyMutationVariables>;
export const PolicyRefusalsCreateIntakeKey2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateIntakeKey2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateIntakeKey2Mutation, PolicyRefusalsCreateIntakeKey2MutationVariables>;
export const PolicyRefusalsRevokeIntakeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRevokeIntakeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntakeKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRevokeIntakeKeyMutation, PolicyRefusalsRevokeIntakeKeyMutationVariables>;
export const PolicyRefusalsCandidatePartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsCandidatePartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidatePartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCandidatePartnersQuery, PolicyRefusalsCandidatePartnersQueryVariables>;
export const PolicyRefusalsRoutingPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsRoutingPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRoutingPolicyQuery, PolicyRefusalsRoutingPolicyQueryVariables>;
export const PolicyRefusalsUpdateRoutingPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateRoutingPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateRoutingPolicyMutation, PolicyRefusalsUpdateRoutingPolicyMutationVariables>;
export const PolicyRefusalsPartnerAbsencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsPartnerAbsences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAbsences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsPartnerAbsencesQuery, PolicyRefusalsPartnerAbsencesQueryVariables>;
export const PolicyRefusalsCancelPartnerAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCancelPartnerAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPartnerAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCancelPartnerAbsenceMutation, PolicyRefusalsCancelPartnerAbsenceMutationVariables>;
export const PolicyRefusalsTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsTenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsTenantSettingsQuery, PolicyRefusalsTenantSettingsQueryVariables>;
export const PolicyRefusalsOfferDeadlinePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsOfferDeadlinePreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerDeadlinePreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsOfferDeadlinePreviewQuery, PolicyRefusalsOfferDeadlinePreviewQueryVariables>;
export const PolicyRefusalsUpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateTenantSettingsMutation, PolicyRefusalsUpdateTenantSettingsMutationVariables>;
export const PolicyRefusalsFailedNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsFailedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsFailedNotificationsQuery, PolicyRefusalsFailedNotificationsQueryVariables>;
export const PolicyRefusalsStaleLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsStaleLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsStaleLeadsQuery, PolicyRefusalsStaleLeadsQueryVariables>;
export const PolicyRefusalsWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsWebhookEndpointsQuery, PolicyRefusalsWebhookEndpointsQueryVariables>;
export const PolicyRefusalsWebhookEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsWebhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"}}]}}]} as unknown as DocumentNode<PolicyRefusalsWebhookEventTypesQuery, PolicyRefusalsWebhookEventTypesQueryVariables>;
export const PolicyRefusalsWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRefusalsWebhookDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsWebhookDeliveriesQuery, PolicyRefusalsWebhookDeliveriesQueryVariables>;
export const PolicyRefusalsCreateWebhookEndpoint2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsCreateWebhookEndpoint2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsCreateWebhookEndpoint2Mutation, PolicyRefusalsCreateWebhookEndpoint2MutationVariables>;
export const PolicyRefusalsUpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsUpdateWebhookEndpointMutation, PolicyRefusalsUpdateWebhookEndpointMutationVariables>;
export const PolicyRefusalsDisableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsDisableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsDisableWebhookEndpointMutation, PolicyRefusalsDisableWebhookEndpointMutationVariables>;
export const PolicyRefusalsEnableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsEnableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsEnableWebhookEndpointMutation, PolicyRefusalsEnableWebhookEndpointMutationVariables>;
export const PolicyRefusalsRotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsRotateWebhookSecretMutation, PolicyRefusalsRotateWebhookSecretMutationVariables>;
export const PolicyRefusalsSendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRefusalsSendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyRefusalsSendTestWebhookMutation, PolicyRefusalsSendTestWebhookMutationVariables>;
export const ProductionPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductionPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProductionPartnersQuery, ProductionPartnersQueryVariables>;
export const ProductionAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductionAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProductionAddMemberMutation, ProductionAddMemberMutationVariables>;
export const ProductionTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductionTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ProductionTypenameQuery, ProductionTypenameQueryVariables>;
export const ReasonCodesReasonCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReasonCodesReasonCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCodeKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesReasonCodesQuery, ReasonCodesReasonCodesQueryVariables>;
export const ReasonCodesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesCreateMutation, ReasonCodesCreateMutationVariables>;
export const ReasonCodesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReasonCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesUpdateMutation, ReasonCodesUpdateMutationVariables>;
export const ReasonCodesRetireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesRetire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireReasonCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReasonCodesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReasonCodesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]} as unknown as DocumentNode<ReasonCodesRetireMutation, ReasonCodesRetireMutationVariables>;
export const ReasonCodesDisqualifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesDisqualify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisqualifyLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesDisqualifyMutation, ReasonCodesDisqualifyMutationVariables>;
export const ReasonCodesReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesReturnMutation, ReasonCodesReturnMutationVariables>;
export const ReasonCodesLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReasonCodesLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ReasonCodesLostMutation, ReasonCodesLostMutationVariables>;
export const ReasonCodesEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReasonCodesEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReasonCodesEventsQuery, ReasonCodesEventsQueryVariables>;
export const RememberedArgumentsOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RememberedArgumentsOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RememberedArgumentsOffersQuery, RememberedArgumentsOffersQueryVariables>;
export const SessionCacheMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCacheMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCacheMeQuery, SessionCacheMeQueryVariables>;
export const SessionCacheLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCacheLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionCacheLogoutMutation, SessionCacheLogoutMutationVariables>;
export const SessionCookieLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieLoginMutation, SessionCookieLoginMutationVariables>;
export const SessionCookieRefreshFromCookieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieRefreshFromCookie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieRefreshFromCookieMutation, SessionCookieRefreshFromCookieMutationVariables>;
export const SessionCookieRefreshFromBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieRefreshFromBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieRefreshFromBodyMutation, SessionCookieRefreshFromBodyMutationVariables>;
export const SessionCookieMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCookieMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCookieMeQuery, SessionCookieMeQueryVariables>;
export const SessionCookieLogin2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogin2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SessionCookieLogin2Mutation, SessionCookieLogin2MutationVariables>;
export const SessionCookieLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionCookieLogoutMutation, SessionCookieLogoutMutationVariables>;
export const SessionCookieLogout2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCookieLogout2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"everywhere"},"value":{"kind":"BooleanValue","value":true}}]}]}}]} as unknown as DocumentNode<SessionCookieLogout2Mutation, SessionCookieLogout2MutationVariables>;
export const TwoWorkersCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoWorkersCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"offer.expired","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TwoWorkersCreateWebhookEndpointMutation, TwoWorkersCreateWebhookEndpointMutationVariables>;
export const WebhooksCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WebhooksUpdateMutation, WebhooksUpdateMutationVariables>;
export const WebhooksDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhooksDisableMutation, WebhooksDisableMutationVariables>;
export const WebhooksEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]}}]} as unknown as DocumentNode<WebhooksEnableMutation, WebhooksEnableMutationVariables>;
export const WebhooksRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksRotateMutation, WebhooksRotateMutationVariables>;
export const WebhooksSendTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSendTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebhooksSendTestMutation, WebhooksSendTestMutationVariables>;
export const WebhooksEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksEndpointsQuery, WebhooksEndpointsQueryVariables>;
export const WebhooksDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksDeliveriesQuery, WebhooksDeliveriesQueryVariables>;
export const WebhooksWonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksWon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadWonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeadWon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<WebhooksWonMutation, WebhooksWonMutationVariables>;
export const WebhooksEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"}}]}}]} as unknown as DocumentNode<WebhooksEventTypesQuery, WebhooksEventTypesQueryVariables>;
export const IdentityFactoriesLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentityFactoriesLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityFactoriesLoginMutation, IdentityFactoriesLoginMutationVariables>;
export const LeadFactoriesDistributeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesDistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesDistributeMutation, LeadFactoriesDistributeMutationVariables>;
export const LeadFactoriesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesAcceptMutation, LeadFactoriesAcceptMutationVariables>;
export const LeadFactoriesDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadFactoriesDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesDeclineMutation, LeadFactoriesDeclineMutationVariables>;
export const LeadFactoriesOffersOfLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFactoriesOffersOfLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadFactoriesOffersOfLeadQuery, LeadFactoriesOffersOfLeadQueryVariables>;
export const DueWorkUpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueWorkUpdateNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"disabled"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REMINDERS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<DueWorkUpdateNotificationPreferencesMutation, DueWorkUpdateNotificationPreferencesMutationVariables>;
export const DueWorkStaleLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueWorkStaleLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DueWorkStaleLeadsQuery, DueWorkStaleLeadsQueryVariables>;
export const DueWorkStaleLeads2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueWorkStaleLeads2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DueWorkStaleLeads2Query, DueWorkStaleLeads2QueryVariables>;
export const DueWorkRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueWorkRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueWorkRecordProgressMutation, DueWorkRecordProgressMutationVariables>;
export const DueWorkAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueWorkAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DueWorkAcceptOfferMutation, DueWorkAcceptOfferMutationVariables>;
export const ListPlansInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPlansInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalArea"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListPlansInboxQuery, ListPlansInboxQueryVariables>;
export const ListPlansOffersFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPlansOffersFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListPlansOffersFullQuery, ListPlansOffersFullQueryVariables>;
export const ListPlansLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPlansLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<ListPlansLeadsQuery, ListPlansLeadsQueryVariables>;
export const ExpensiveRequestUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpensiveRequestUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}}]} as unknown as DocumentNode<ExpensiveRequestUpdateSettingsMutation, ExpensiveRequestUpdateSettingsMutationVariables>;
export const OfferRaceWithdrawOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferRaceWithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OfferRaceWithdrawOfferMutation, OfferRaceWithdrawOfferMutationVariables>;
export const OfferRaceWithdrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferRaceWithdrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<OfferRaceWithdrawRoundMutation, OfferRaceWithdrawRoundMutationVariables>;
export const StandaloneRestartLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StandaloneRestartLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"channel@nordlicht.example","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"leadrelay-demo","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<StandaloneRestartLoginMutation, StandaloneRestartLoginMutationVariables>;
export const StandaloneRestartLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandaloneRestartLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StandaloneRestartLeadsQuery, StandaloneRestartLeadsQueryVariables>;
export const DemoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<DemoLoginMutation, DemoLoginMutationVariables>;