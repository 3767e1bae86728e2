import { Role, isPartnerRole, type AbilityRules } from '@leadrelay/core';

/** Vendor users see every partner of their tenant; partner users see their own partner only. */
export const partnerAbilities: AbilityRules = (actor, { can }) => {
  if (isPartnerRole(actor.role)) {
    can('read', 'Partner', { id: actor.partnerId });
    return;
  }
  can('read', 'Partner', { tenantId: actor.tenantId });
  if (actor.role === Role.VENDOR_ADMIN) {
    can(['create', 'update'], 'Partner', { tenantId: actor.tenantId });
  }
};
