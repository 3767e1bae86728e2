import { AbilityBuilder, ForbiddenError, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { ActorIdentity } from './actor-identity';

/**
 * The moves of a lead's life (shared/domain.md), as the verbs a rule grants. The distribution lib
 * derives who may take each of them from its one lifecycle table (`lifecycle.abilities.ts`).
 */
export const LEAD_VERBS = [
  'qualify',
  'disqualify',
  'nurture',
  'routeDirect',
  'distribute',
  'withdraw',
  'accept',
  'decline',
  'assign',
  'progress',
  'return',
  'closeWon',
  'closeLost',
] as const;

export type LeadVerb = (typeof LEAD_VERBS)[number];

/** The verbs of every rule: the lifecycle's moves and plain data access. `manage` stands for every verb. */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | LeadVerb;

/**
 * The kinds of thing a rule can be about: entity class names, and `Escalation` for the vendor's
 * watch over leads nobody works (staleLeads).
 */
export type SubjectType =
  | 'Tenant'
  | 'Partner'
  | 'Membership'
  | 'Lead'
  | 'Offer'
  | 'ReasonCode'
  | 'IntakeKey'
  | 'WebhookEndpoint'
  | 'Notification'
  | 'Escalation'
  | 'ScoringModel'
  | 'PartnerAbsence'
  | 'RoutingPolicy';

/** An instance is matched by its class name; conditions are on plain columns (`tenantId`, `partnerId`). */
export type Subject = SubjectType | object;

export type AppAbility = MongoAbility<[Action, Subject]>;

/** One domain's rules: each lib writes its own (`partner.abilities.ts`); identity combines them. */
export type AbilityRules = (actor: ActorIdentity, builder: AbilityBuilder<AppAbility>) => void;

export function buildAbility(actor: ActorIdentity, rules: readonly AbilityRules[]): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const rule of rules) {
    rule(actor, builder);
  }
  return builder.build({
    // CASL's `subject('Membership', {...})` marks plain objects; entities are known by their class.
    detectSubjectType: (subject) =>
      (typeof subject === 'string'
        ? subject
        : ((subject as { __caslSubjectType__?: string }).__caslSubjectType__ ?? subject.constructor.name)) as SubjectType,
  });
}

/** Throws CASL's ForbiddenError (answered as FORBIDDEN) unless the ability allows `action` on `subject`. */
export function assertCan(ability: AppAbility, action: Action, subject: Subject): void {
  ForbiddenError.from(ability).throwUnlessCan(action, subject);
}

/** The injection token of every lib's rules, provided once by the app (see `AbilitiesModule`). */
export const ABILITY_RULES = Symbol('ABILITY_RULES');
