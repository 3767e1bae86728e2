import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-owned.entity';
import { TENANT_SETTING, USER_SETTING } from './tenant-sql';

/**
 * The only way services reach tenant data. Each call is one transaction in which the tenant filter
 * is set for MikroORM and `app.tenant_id` for PostgreSQL's row-level security
 * (`set_config(..., true)`, so it ends with the transaction and never leaks to the next user of
 * the pooled connection).
 */
@Injectable()
export class TenantContext {
  constructor(private readonly em: EntityManager) {}

  run<T>(tenantId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.em.fork({ clear: true });
    em.setFilterParams(TENANT_FILTER, { tenantId });
    em.setSessionContext({ variables: { [TENANT_SETTING]: tenantId } });
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
