import type { AbilityRules, ActorIdentity } from '@leadrelay/core';
import { type LeadConditions, heldBy } from '@leadrelay/leads';
import { LEAD_LIFECYCLE, type LifecycleSubject, type TransitionRule } from './lead-lifecycle';

/**
 * The lead's moves as CASL rules, derived from the one lifecycle table (never written a second
 * time): an actor named in an action's rule may take its verb on the leads (or offers) of its
 * tenant, on a holder rule only on the leads it works (`heldBy`), and a partner only on its own
 * partner's offers. The stage is the table's own check (`transition`), so that a refusal can say
 * which stage the move needs. Reading offers follows the same split.
 */
export const lifecycleAbilities: AbilityRules = (actor, { can }) => {
  can('read', 'Offer', offerConditions(actor));
  // Leads nobody works (staleLeads) are the vendor's to watch.
  if (!actor.partnerId) can('read', 'Escalation', { tenantId: actor.tenantId });
  for (const entry of Object.values(LEAD_LIFECYCLE)) {
    if (!entry.verb) continue;
    for (const rule of entry.rules) {
      if (!rule.actors.includes(actor.role)) continue;
      const conditions = conditionsOf(actor, entry.verb.subject, rule);
      if (conditions) can(entry.verb.action, entry.verb.subject, { ...conditions });
    }
  }
};

function conditionsOf(actor: ActorIdentity, subject: LifecycleSubject, rule: TransitionRule): object | null {
  if (subject === 'Offer') return offerConditions(actor);
  return rule.holder ? heldBy(actor) : ({ tenantId: actor.tenantId } satisfies LeadConditions);
}

/** Vendor users: every offer of their tenant. Partner users: their own partner's. */
function offerConditions(actor: ActorIdentity): { tenantId: string; partnerId?: string } {
  return actor.partnerId ? { tenantId: actor.tenantId, partnerId: actor.partnerId } : { tenantId: actor.tenantId };
}
