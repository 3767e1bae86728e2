import { Entity, Filter, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from '../tenancy/tenant.entity';
import { CURRENT_TENANT_SQL } from './tenant-sql';

/** The filter that scopes every tenant-owned query; it refuses to run without its `tenantId`. */
export const TENANT_FILTER = 'tenant';

/**
 * Every row of business data belongs to exactly one tenant. This base carries the two walls that
 * keep tenants apart below the services: a MikroORM filter that refuses to run without a tenant,
 * and a PostgreSQL row-level security policy, forced even for the table owner, on the
 * transaction-local setting `app.tenant_id` (see `TenantContext`).
 */
@Entity({
  abstract: true,
  rowLevelSecurity: 'force',
  policies: [
    {
      name: 'tenant_isolation',
      using: (columns) => `${columns.tenantId} = ${CURRENT_TENANT_SQL}`,
      check: (columns) => `${columns.tenantId} = ${CURRENT_TENANT_SQL}`,
    },
  ],
})
@Filter({
  name: TENANT_FILTER,
  // MikroORM refuses a missing parameter object itself; one without a tenantId would silently match every tenant.
  cond: (args: { tenantId?: string }) => {
    if (!args.tenantId) {
      throw new Error(`The ${TENANT_FILTER} filter needs a tenantId: reach tenant data through TenantContext.run().`);
    }
    return { tenantId: args.tenantId };
  },
  default: true,
})
export abstract class TenantOwnedEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id', deleteRule: 'cascade' })
  tenantId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
