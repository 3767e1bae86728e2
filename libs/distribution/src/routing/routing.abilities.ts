import { type AbilityRules, Role, isPartnerRole } from '@leadrelay/core';

/**
 * Routing's rules: the vendor admin sets the tenant's routing policy and every vendor user reads
 * it; absences are set by the vendor's admins and channel managers for any partner, and by a
 * partner admin for its own partner (whose users read them).
 */
export const routingAbilities: AbilityRules = (actor, { can }) => {
  if (isPartnerRole(actor.role)) {
    can('read', 'PartnerAbsence', { tenantId: actor.tenantId, partnerId: actor.partnerId });
    if (actor.role === Role.PARTNER_ADMIN) {
      can(['create', 'delete'], 'PartnerAbsence', { tenantId: actor.tenantId, partnerId: actor.partnerId });
    }
    return;
  }
  can('read', ['RoutingPolicy', 'PartnerAbsence'], { tenantId: actor.tenantId });
  if (actor.role === Role.VENDOR_ADMIN) can('update', 'RoutingPolicy', { tenantId: actor.tenantId });
  if (actor.role === Role.VENDOR_ADMIN || actor.role === Role.CHANNEL_MANAGER) {
    can(['create', 'delete'], 'PartnerAbsence', { tenantId: actor.tenantId });
  }
};
