import type { ActorIdentity } from './actor-identity';
import type { AppAbility } from './app-ability';

/**
 * Who is asking: one user acting in one membership, hence in exactly one tenant and, for partner
 * roles, for exactly one partner. Built by the JWT strategy for every request; services take it
 * as their first argument and check record-level permissions with its ability.
 */
export interface Actor extends ActorIdentity {
  ability: AppAbility;
}
