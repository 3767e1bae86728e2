import { Embeddable, Embedded, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BigIntType, DecimalType, type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import { User } from '@leadrelay/identity';
import { LeadStage } from './lead-stage';
import { ReasonFollowUp } from './reason-codes/reason-code.entity';
import { LeadScoring } from './scoring/lead-scoring';

/** Where a lead came from; conversion is measured per source. */
export enum LeadSource {
  WEB_FORM = 'WEB_FORM',
  TRADE_FAIR = 'TRADE_FAIR',
  PURCHASED_LIST = 'PURCHASED_LIST',
  CAMPAIGN = 'CAMPAIGN',
  REFERRAL = 'REFERRAL',
  PARTNER_REGISTERED = 'PARTNER_REGISTERED',
  API = 'API',
  OTHER = 'OTHER',
}

/** The company's size in employees. */
export enum EmployeeBand {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
  ENTERPRISE = 'ENTERPRISE',
}

/** How strong the interest is: a plain question scores lower than a request for a quote. */
export enum RequestType {
  INQUIRY = 'INQUIRY',
  QUOTE_REQUEST = 'QUOTE_REQUEST',
  DEMO = 'DEMO',
}

/** The partner's steps while working a lead. */
export enum ProgressStage {
  CONTACTED = 'CONTACTED',
  MEETING = 'MEETING',
  PROPOSAL = 'PROPOSAL',
  NEGOTIATION = 'NEGOTIATION',
}

@Embeddable()
export class Company {
  @Property({ length: 200 })
  name!: string;

  @Property({ length: 100, nullable: true })
  industry?: string | null;

  @Enum({ items: () => EmployeeBand, nativeEnumName: 'employee_band', nullable: true })
  employeeBand?: EmployeeBand | null;

  /** Annual revenue in the tenant's currency, whole units. Read as a number (up to 1e15, exact in a double). */
  @Property({ type: new BigIntType('number'), nullable: true })
  annualRevenue?: number | null;

  /** The exact address and website: revealed to a partner only on acceptance. */
  @Property({ length: 300, nullable: true })
  website?: string | null;

  /** ISO 3166-1 alpha-2. */
  @Property({ length: 2 })
  country!: string;

  @Property({ length: 16, nullable: true })
  postalCode?: string | null;

  @Property({ length: 100, nullable: true })
  city?: string | null;

  @Property({ length: 200, nullable: true })
  street?: string | null;
}

/** The contact person: personal data, revealed to a partner only on acceptance. */
@Embeddable()
export class ContactPerson {
  @Property({ length: 100, nullable: true })
  firstName?: string | null;

  @Property({ length: 100 })
  lastName!: string;

  @Property({ length: 254, nullable: true })
  email?: string | null;

  @Property({ length: 50, nullable: true })
  phone?: string | null;

  @Property({ length: 100, nullable: true })
  position?: string | null;

  @Property()
  decisionMaker: boolean & Opt = false;
}

@Embeddable()
export class Interest {
  @Property({ length: 100, nullable: true })
  productLine?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  budget?: number | null;

  @Property({ length: 100, nullable: true })
  timeframe?: string | null;

  @Enum({ items: () => RequestType, nativeEnumName: 'request_type' })
  requestType: RequestType & Opt = RequestType.INQUIRY;
}

/** The lead's consent to have its data passed on to partners; without it no offer is made. */
@Embeddable()
export class Consent {
  @Property()
  given: boolean & Opt = false;

  @Property({ type: 'timestamptz', nullable: true })
  givenAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  wording?: string | null;
}

/** The result a partner (or direct sales) closed the lead with. */
@Embeddable()
export class WonDeal {
  @Property({ type: new DecimalType('number'), precision: 14, scale: 2, nullable: true })
  amount?: number | null;

  @Property({ length: 3, nullable: true })
  currency?: string | null;

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;
}

/** A sales lead, from intake to its result. Every change is also an immutable `LeadEvent`. */
@Entity({
  policies: [
    partnerWall(
      (columns) =>
        `${columns.holdingPartner} = app_partner_id() or exists (select 1 from offer o where o.lead_id = lead.id and o.partner_id = app_partner_id())`,
    ),
  ],
})
@Unique({ properties: ['tenantId', 'externalReference'] })
@Unique({ properties: ['tenantId', 'idempotencyKey'] })
@Index({ properties: ['tenantId', 'holdingPartner'] })
@Index({ properties: ['tenantId', 'stage', 'escalationDueAt'] })
// Read-path indexes (migration read_path_indexes): descending orders and a partial index, compared by name.
@Index({
  name: 'lead_tenant_id_created_at_index',
  // Carries the filtered columns: counts are index-only scans (migration lead_count_index).
  expression: `create index "lead_tenant_id_created_at_index" on "lead" ("tenant_id", "created_at" desc, "id" desc) include ("holding_partner_id", "owner_id", "stage", "source", "grade")`,
})
// A stage in the list's order (migration lead_stage_order_index).
@Index({
  name: 'lead_tenant_id_stage_created_at_index',
  expression: `create index "lead_tenant_id_stage_created_at_index" on "lead" ("tenant_id", "stage", "created_at" desc, "id" desc)`,
})
// A source in the list's order (migration lead_source_order_index).
@Index({
  name: 'lead_tenant_id_source_created_at_index',
  expression: `create index "lead_tenant_id_source_created_at_index" on "lead" ("tenant_id", "source", "created_at" desc, "id" desc)`,
})
@Index({
  name: 'lead_tenant_id_updated_at_index',
  expression: `create index "lead_tenant_id_updated_at_index" on "lead" ("tenant_id", "updated_at" desc, "id" desc)`,
})
@Index({
  name: 'lead_tenant_id_score_index',
  expression: `create index "lead_tenant_id_score_index" on "lead" ("tenant_id", "score" desc nulls last, "id" desc)`,
})
@Index({
  name: 'lead_tenant_id_holding_partner_id_created_at_index',
  expression: `create index "lead_tenant_id_holding_partner_id_created_at_index" on "lead" ("tenant_id", "holding_partner_id", "created_at" desc, "id" desc)`,
})
// Routing's load of a partner (migration routing_load): its open leads only.
@Index({
  name: 'lead_open_holding_index',
  expression: `create index "lead_open_holding_index" on "lead" ("tenant_id", "holding_partner_id") where "stage" in ('ACCEPTED', 'IN_PROGRESS')`,
})
@Index({
  name: 'lead_tenant_id_owner_id_created_at_index',
  expression: `create index "lead_tenant_id_owner_id_created_at_index" on "lead" ("tenant_id", "owner_id", "created_at" desc, "id" desc)`,
})
export class Lead extends TenantOwnedEntity {
  declare [OptionalProps]?: 'holdingPartnerId' | 'ownerId';

  @Enum({ items: () => LeadSource })
  source!: LeadSource;

  /** The campaign, fair or list the lead came from. */
  @Property({ length: 200, nullable: true })
  sourceDetail?: string | null;

  @Embedded(() => Company, { prefix: 'company_' })
  company!: Company;

  @Embedded(() => ContactPerson, { prefix: 'contact_' })
  contact!: ContactPerson;

  @Embedded(() => Interest, { prefix: 'interest_' })
  interest: Interest & Opt = new Interest();

  @Embedded(() => Consent, { prefix: 'consent_' })
  consent: Consent & Opt = new Consent();

  @Enum({ items: () => LeadStage })
  stage: LeadStage & Opt = LeadStage.NEW;

  /** Fit 0 to 100 in force: the scoring model's, or a person's who qualified the lead with their own. */
  @Property({ type: 'smallint', nullable: true })
  score?: number | null;

  /** A to D, from fit; in force like `score`. */
  @Property({ length: 1, nullable: true })
  grade?: string | null;

  /** The score on both axes as the tenant's scoring model computed it (scoring/). */
  @Embedded(() => LeadScoring, { prefix: 'scoring_' })
  scoring: LeadScoring & Opt = new LeadScoring();

  /** The company already has a won lead: new business with an existing customer. */
  @Property()
  existingCustomer: boolean & Opt = false;

  /** The lead's id in the vendor's own systems; unique in the tenant. */
  @Property({ length: 200, nullable: true })
  externalReference?: string | null;

  /** The `Idempotency-Key` of the intake post that created the lead. */
  @Property({ length: 200, nullable: true, hidden: true })
  idempotencyKey?: string | null;

  /** Lower-cased contact e-mail, web domain and simplified company name: what duplicates are matched on. */
  @Property({ length: 254, nullable: true, index: true })
  matchEmail?: string | null;

  @Property({ length: 253, nullable: true, index: true })
  matchDomain?: string | null;

  @Property({ length: 200, index: true })
  matchCompanyName!: string;

  // ---- the holding period: written only by distribution's HoldingPeriod (holding/holding-period.ts) ----

  /** The partner that holds the lead now (accepted it and has not given it back). */
  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'restrict' })
  readonly holdingPartner?: Ref<Partner> | null;

  /** The person working the lead: the partner rep who accepted or was assigned it, or a direct-sales user. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  readonly owner?: Ref<User> | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly acceptedAt?: Date | null;

  /**
   * The work deadline after acceptance: without recorded progress the owner and partner admin are
   * reminded at the first, the channel managers alerted at the second (business hours). Each
   * happens once; progress, return and close end the watch.
   */
  @Property({ type: 'timestamptz', nullable: true })
  readonly workReminderDueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly escalationDueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly workRemindedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly escalatedAt?: Date | null;

  @Enum({ items: () => ProgressStage, nativeEnumName: 'progress_stage', nullable: true })
  readonly progressStage?: ProgressStage | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly lastProgressAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly nextStepAt?: Date | null;

  @Embedded(() => WonDeal, { prefix: 'won_' })
  won: WonDeal & Opt = new WonDeal();

  @Property({ length: 200, nullable: true })
  lostToCompetitor?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** For a RETURNED lead: what its return reason says should follow, for the channel manager. */
  @Enum({ items: () => ReasonFollowUp, nativeEnumName: 'reason_follow_up', nullable: true })
  pendingFollowUp?: ReasonFollowUp | null;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  get holdingPartnerId(): string | null {
    return this.holdingPartner?.id ?? null;
  }

  get ownerId(): string | null {
    return this.owner?.id ?? null;
  }
}
