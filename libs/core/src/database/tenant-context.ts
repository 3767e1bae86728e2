import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorIdentity } from '../authorization/actor-identity';
import { TENANT_FILTER } from './tenant-owned.entity';
import { PARTNER_SETTING, TENANT_SETTING, USER_SETTING } from './tenant-sql';

/**
 * Short reads have nothing to gain from JIT compilation, yet the policies' functions inflate the
 * planner's cost estimates past `jit_above_cost`, and a server with JIT (Debian's PostgreSQL) then
 * spends hundreds of milliseconds compiling each list query. Off for the transaction, beside the tenant.
 */
const NO_JIT = { jit: 'off' };

/**
 * The only way services reach tenant data. Each call is one transaction in which the tenant filter
 * is set for MikroORM and `app.tenant_id` for PostgreSQL's row-level security
 * (`set_config(..., true)`, so it ends with the transaction and never leaks to the next user of
 * the pooled connection). For a partner user it also sets `app.partner_id`: the partner wall,
 * under which the database shows only that partner's offers, rounds, leads and history lines.
 */
@Injectable()
export class TenantContext {
  constructor(private readonly em: EntityManager) {}

  /**
   * `scope`: an actor, for what it may reach (its tenant; for a partner user also its partner), or
   * a tenant id for the whole tenant: the worker, and the lifecycle moves, whose effects reach
   * other partners' offers (an accept closes them) after the actor's scope was checked.
   */
  run<T>(scope: string | ActorIdentity, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const tenantId = typeof scope === 'string' ? scope : scope.tenantId;
    const partnerId = typeof scope === 'string' ? null : scope.partnerId;
    const em = this.em.fork({ clear: true });
    em.setFilterParams(TENANT_FILTER, { tenantId });
    em.setSessionContext({
      variables: { [TENANT_SETTING]: tenantId, ...(partnerId ? { [PARTNER_SETTING]: partnerId } : {}), ...NO_JIT },
    });
    return em.transactional(work);
  }

  /**
   * The login path, before a tenant is chosen: the transaction sees the user's own memberships in
   * every tenant (and those tenants' names), nothing else. Queries in it disable the tenant filter
   * explicitly (`filters: { [TENANT_FILTER]: false }`); the database still holds them to the user.
   */
  runAsUser<T>(userId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.em.fork({ clear: true });
    em.setSessionContext({ variables: { [USER_SETTING]: userId } });
    return em.transactional(work);
  }

  /** Data that belongs to no tenant (user accounts). Tenant-owned tables answer nothing here. */
  runUnscoped<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.em.fork({ clear: true }).transactional(work);
  }
}
