import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import type { ActorIdentity } from '../authorization/actor-identity';
import { type ReadConnection, TenantRead } from './tenant-read';
import { TENANT_FILTER } from './tenant-owned.entity';
import { PARTNER_ROLE, PARTNER_SETTING, TENANT_SETTING, USER_SETTING } from './tenant-sql';

/**
 * Short reads have nothing to gain from JIT compilation, yet the policies' functions inflate the
 * planner's cost estimates past `jit_above_cost`, and a server with JIT (Debian's PostgreSQL) then
 * spends hundreds of milliseconds compiling each list query. Off for the transaction, beside the tenant.
 */
const NO_JIT = { jit: 'off' };

/**
 * The transaction-local settings of a scope: its tenant; for a partner user also its partner and
 * the partner role, whose policies are the partner wall (migration partner_role); JIT off.
 */
function settingsOf(scope: string | ActorIdentity): Record<string, string> {
  const tenantId = typeof scope === 'string' ? scope : scope.tenantId;
  const partnerId = typeof scope === 'string' ? null : scope.partnerId;
  return { [TENANT_SETTING]: tenantId, ...(partnerId ? { [PARTNER_SETTING]: partnerId, role: PARTNER_ROLE } : {}), ...NO_JIT };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A setting's value as an SQL literal: the tenant and the partner only as checked uuids (a
 * session's, never anything a client wrote), the others are this file's constants.
 */
function literalOf(name: string, value: string): string {
  if ((name === TENANT_SETTING || name === PARTNER_SETTING) && !UUID.test(value)) {
    throw new Error(`Not a tenant or partner id: ${JSON.stringify(value)}`);
  }
  return `'${value}'`;
}

const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/** The pooled connections of MikroORM's Kysely, as a lean read takes one. */
interface ReadPool {
  getExecutor(): { provideConnection<T>(use: (connection: ReadConnection) => Promise<T>): Promise<T> };
}

/**
 * The only way services reach tenant data. Each call is one transaction in which the tenant filter
 * is set for MikroORM and `app.tenant_id` for PostgreSQL's row-level security
 * (`set_config(..., true)`, so it ends with the transaction and never leaks to the next user of
 * the pooled connection). For a partner user it also sets `app.partner_id` and switches to the
 * partner role (`role`, also transaction-local): the partner wall, under which the database shows
 * only that partner's offers, rounds, leads and history lines.
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
    const em = this.em.fork({ clear: true });
    em.setFilterParams(TENANT_FILTER, { tenantId: typeof scope === 'string' ? scope : scope.tenantId });
    em.setSessionContext({ variables: settingsOf(scope) });
    return em.transactional(work);
  }

  /**
   * A lean read (issue 9): the same scope, settings and row-level security as `run`, in a read-only
   * transaction on one pooled connection without MikroORM's unit of work (no fork, no flush, no
   * change sets, no transaction events). Its first round trip opens the transaction and sets the
   * transaction-local settings together (`begin; select set_config(..., true), ...` in one simple
   * query, the ids as checked uuid literals), then `work`'s statements, then `commit`: a page with
   * its count is 3 round trips. Transaction-local only, so it works through pgbouncer's
   * transaction mode. Build the statements with `leanSql()` and run them with `read.all`/`first`.
   */
  async read<T>(scope: string | ActorIdentity, work: (read: TenantRead) => Promise<T>): Promise<T> {
    const settings = Object.entries(settingsOf(scope)).map(
      ([name, value]) => `set_config('${name}', ${literalOf(name, value)}, true)`,
    );
    const begin = CompiledQuery.raw(`begin transaction read only; select ${settings.join(', ')}`);
    const pool = this.em.getConnection().getClient() as unknown as ReadPool;
    return pool.getExecutor().provideConnection(async (connection) => {
      const read = new TenantRead(connection, this.em.config.getLogger());
      let result: T;
      try {
        await read.run(begin);
        result = await work(read);
      } catch (error) {
        // The connection goes back to the pool outside any transaction, whatever failed.
        await read.run(ROLLBACK);
        throw error;
      }
      await read.run(COMMIT);
      return result;
    });
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
