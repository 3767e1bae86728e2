// The MikroORM CLI's configuration: `npm run db:migrate`, `npm run db:migration:create` and the
// schema-drift check. The apps register the same entities through their modules' `forFeature`.
// Migrations run as the role that owns the tables: DATABASE_OWNER_URL, else DATABASE_URL.
import { Tenant, ormOptions } from './libs/core/src';
import { AccountToken, Membership, Session, User } from './libs/identity/src';
import { Partner } from './libs/partners/src';
import { EngagementEvent, IntakeKey, Lead, LeadEvent, ReasonCode, ScoringModel } from './libs/leads/src';
import { Offer, PartnerAbsence, Round, RoutingPolicy } from './libs/distribution/src';
import { Notification, WebhookDelivery, WebhookEndpoint } from './libs/notifications/src';
import { MIGRATION_SET } from './migrations';

export const ENTITIES = [
  Tenant,
  Partner,
  User,
  Membership,
  Session,
  AccountToken,
  ReasonCode,
  Lead,
  LeadEvent,
  IntakeKey,
  ScoringModel,
  EngagementEvent,
  Round,
  Offer,
  PartnerAbsence,
  RoutingPolicy,
  Notification,
  WebhookEndpoint,
  WebhookDelivery,
];

const clientUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/leadrelay';

export default ormOptions({ clientUrl, entities: ENTITIES, migrations: MIGRATION_SET });
