import { type ActorIdentity, type GraphQLContext, Locale, Tenant, type TenantContext, requestLoader } from '@leadrelay/core';
import { User } from './user.entity';

/** The language a person reads, in mails and in the API: their own choice, else their tenant's. */
export function readerLocale(user: Pick<User, 'locale'>, tenant: Pick<Tenant, 'locale'>): Locale {
  return user.locale ?? tenant.locale;
}

/**
 * The viewer's language in one GraphQL request: read when a field first asks for it (a label in the
 * viewer's language), then shared by every field of the request; a request that asks for none pays nothing.
 */
export function viewerLocale(tenants: TenantContext, actor: ActorIdentity, context: GraphQLContext): Promise<Locale> {
  return requestLoader(
    context,
    'viewerLocale',
    (userIds) =>
      tenants.run(actor, async (em) => {
        const user = await em.findOne(User, { id: actor.userId });
        const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
        return new Map(userIds.map((id) => [id, user ? readerLocale(user, tenant) : tenant.locale]));
      }),
    Locale.DE,
  ).load(actor.userId);
}
