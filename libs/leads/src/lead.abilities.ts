import { Role, isPartnerRole, type AbilityRules } from '@leadrelay/core';

const CURATORS: readonly Role[] = [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.MARKETING];

/**
 * Vendor users read every lead of their tenant; marketing, channel managers and admins bring
 * leads in and correct their data. Partner users read the leads their partner holds (the query
 * scope narrows a sales rep to its own). Reason codes are everyone's to read, the admin's to keep.
 */
export const leadAbilities: AbilityRules = (actor, { can }) => {
  can('read', 'ReasonCode', { tenantId: actor.tenantId });
  if (isPartnerRole(actor.role)) {
    can('read', 'Lead', { tenantId: actor.tenantId, holdingPartnerId: actor.partnerId });
    return;
  }
  can('read', 'Lead', { tenantId: actor.tenantId });
  if (CURATORS.includes(actor.role)) {
    can(['create', 'update'], 'Lead', { tenantId: actor.tenantId });
  }
  if (actor.role === Role.VENDOR_ADMIN) {
    can(['create', 'update'], 'ReasonCode', { tenantId: actor.tenantId });
    can(['read', 'create', 'update'], 'IntakeKey', { tenantId: actor.tenantId });
  }
};
