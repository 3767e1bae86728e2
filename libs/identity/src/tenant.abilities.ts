import { Role, isPartnerRole, type AbilityRules } from '@leadrelay/core';

/** The tenant's own settings: vendor users read them, the vendor admin changes them. */
export const tenantAbilities: AbilityRules = (actor, { can }) => {
  if (isPartnerRole(actor.role)) return;
  can('read', 'Tenant', { id: actor.tenantId });
  if (actor.role === Role.VENDOR_ADMIN) {
    can('update', 'Tenant', { id: actor.tenantId });
  }
};
