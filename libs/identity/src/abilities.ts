import { type AbilityRules, type ActorIdentity, type AppAbility, buildAbility } from '@leadrelay/core';
import { partnerAbilities } from '@leadrelay/partners';
import { membershipAbilities } from './memberships/membership.abilities';

/** Every domain's rules; a new lib adds its `*.abilities.ts` here. */
const RULES: readonly AbilityRules[] = [partnerAbilities, membershipAbilities];

export function abilityFor(actor: ActorIdentity): AppAbility {
  return buildAbility(actor, RULES);
}
