import { Role, type AbilityRules } from '@leadrelay/core';
import { readableInFull } from './lead-visibility';

const CURATORS: readonly Role[] = [Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.MARKETING];

/**
 * Who reads which lead in full is the visibility rule's (`lead-visibility.ts`); marketing, channel
 * managers and admins bring leads in and correct their data. Reason codes are everyone's to read,
 * the admin's to keep. The lead's moves are the lifecycle's (distribution's lifecycle.abilities.ts).
 */
export const leadAbilities: AbilityRules = (actor, { can }) => {
  can('read', 'ReasonCode', { tenantId: actor.tenantId });
  can('read', 'Lead', { ...readableInFull(actor) });
  if (CURATORS.includes(actor.role)) {
    can(['create', 'update'], 'Lead', { tenantId: actor.tenantId });
  }
  if (actor.role === Role.VENDOR_ADMIN) {
    can(['create', 'update'], 'ReasonCode', { tenantId: actor.tenantId });
    can(['read', 'create', 'update'], 'IntakeKey', { tenantId: actor.tenantId });
  }
};
