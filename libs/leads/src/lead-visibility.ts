import type { FilterQuery } from '@mikro-orm/core';
import { type ActorIdentity, Role } from '@leadrelay/core';
import type { Lead } from './lead.entity';

/**
 * Which leads a person works and reads in full, contact data included: the one visibility rule
 * (shared/domain.md, "What each side may see"). CASL matches these conditions on loaded leads
 * (`lead.abilities.ts`, the lifecycle's holder rules, the full lead behind an offer); `leadScope`
 * is the same rule as the filter of every lead query. A partner sees other leads only as the
 * teaser of its own offers.
 */
export interface LeadConditions {
  tenantId: string;
  /** The partner that holds the lead now. */
  holdingPartnerId?: string;
  /** The person working it: the partner's assigned rep, or the direct-sales user it was routed to. */
  ownerId?: string;
}

/**
 * The leads `actor` works itself: a partner admin those its partner holds, a sales rep those of
 * them assigned to it, a direct-sales user those routed to it. Null for the other vendor roles,
 * who place leads but do not work them.
 */
export function heldBy(actor: ActorIdentity): LeadConditions | null {
  const { tenantId, partnerId, userId, role } = actor;
  if (partnerId) return { tenantId, holdingPartnerId: partnerId, ...(role === Role.PARTNER_SALES ? { ownerId: userId } : {}) };
  if (role === Role.DIRECT_SALES) return { tenantId, ownerId: userId };
  return null;
}

/** The leads `actor` reads in full: vendor users every lead of their tenant, partner users the leads they work. */
export function readableInFull(actor: ActorIdentity): LeadConditions {
  return (actor.partnerId ? heldBy(actor) : null) ?? { tenantId: actor.tenantId };
}

/** Where `actor` may look for leads: `readableInFull` as a MikroORM filter. */
export function leadScope(actor: ActorIdentity): FilterQuery<Lead> {
  const { tenantId, holdingPartnerId, ownerId } = readableInFull(actor);
  return {
    tenantId,
    ...(holdingPartnerId ? { holdingPartner: holdingPartnerId } : {}),
    ...(ownerId ? { owner: ownerId } : {}),
  };
}
