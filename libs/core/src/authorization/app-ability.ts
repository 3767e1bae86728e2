import { AbilityBuilder, ForbiddenError, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { ActorIdentity } from './actor';

/** The domain verbs. `manage` stands for every verb. */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete';

/** The kinds of thing a rule can be about: entity class names. */
export type SubjectType =
  'Tenant' | 'Partner' | 'Membership' | 'Lead' | 'Offer' | 'ReasonCode' | 'IntakeKey' | 'WebhookEndpoint' | 'ScoringModel';

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
