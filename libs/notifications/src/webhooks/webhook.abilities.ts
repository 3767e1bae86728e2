import { Role, type AbilityRules } from '@leadrelay/core';

/**
 * Webhooks carry the tenant's events to its own systems: the vendor admin's to configure, no one
 * else's. So are the mails that could not be delivered after every retry (failedNotifications).
 */
export const webhookAbilities: AbilityRules = (actor, { can }) => {
  if (actor.role === Role.VENDOR_ADMIN) {
    can(['read', 'create', 'update'], 'WebhookEndpoint', { tenantId: actor.tenantId });
    can('read', 'Notification', { tenantId: actor.tenantId });
  }
};
