import { Role, isPartnerRole, type AbilityRules } from '@leadrelay/core';

/** Vendor users read the scoring model their leads are scored by; only the vendor admin changes it. */
export const scoringAbilities: AbilityRules = (actor, { can }) => {
  if (isPartnerRole(actor.role)) return;
  can('read', 'ScoringModel', { tenantId: actor.tenantId });
  if (actor.role === Role.VENDOR_ADMIN) can('update', 'ScoringModel', { tenantId: actor.tenantId });
};
