import { Role, type AbilityRules } from '@leadrelay/core';

/**
 * Who manages whom: a vendor admin every membership of its tenant, a partner admin the
 * memberships of its own partner (and only partner roles there, see MemberService).
 */
export const membershipAbilities: AbilityRules = (actor, { can }) => {
  if (actor.role === Role.VENDOR_ADMIN) {
    can(['read', 'create', 'update', 'delete'], 'Membership', { tenantId: actor.tenantId });
  }
  if (actor.role === Role.PARTNER_ADMIN) {
    can(['read', 'create', 'update', 'delete'], 'Membership', { tenantId: actor.tenantId, partnerId: actor.partnerId });
  }
};
