import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import type { ActorIdentity } from '../authorization/actor-identity';
import { TenantRead } from './tenant-read';
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

/**
 * The only way services reach tenant data. Each call is one transaction in which the tenant filter
 * is set for MikroORM and `app.tenant_id` for PostgreSQL's row-level security
 * (`set_config(..., true)`, so it ends with the transaction and never leaks to the next user of
 * the pooled connection). For a partner user it also sets `app.partner_id` and switches to the
 * partner role (`role`, also transaction-local): the partner wall, under which the database shows
 * only that partner's offers, rounds, leads and history lines.
 */
@Injectable()
export class TenantContext implements OnApplicationShutdown {
  /**
   * Lean reads' own connections, made like MikroORM's (its options, size and type parsers), so that
   * a write (an accept) never waits for a connection behind the reads of a busy inbox, nor a read
   * behind a write's transaction. Opened at the first read.
   */
  private readPool?: Pool;

  constructor(private readonly em: EntityManager) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readPool?.end();
  }

  private readConnections(): Pool {
    if (!this.readPool) {
      const pool = new Pool(this.em.getConnection().mapOptions({}));
      const logger = this.em.config.getLogger();
      // As MikroORM's own pool: a connection the server dropped must not take the process down.
      pool.on('error', (error) => logger.warn('info', `PostgreSQL read pool error: ${error.message}`));
      pool.on('connect', (client) =>
        client.on('error', (error) => logger.warn('info', `PostgreSQL read connection error: ${error.message}`)),
      );
      this.readPool = pool;
    }
    return this.readPool;
  }

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
   * A lean read (issue 9): the same scope, settings and row-level security as `run`, read only, on
   * one connection of the read pool (`readConnections`), without MikroORM's unit of work (no fork,
   * no flush, no change sets, no transaction events). Each statement goes as one simple query with
   * its own transaction: `begin transaction read only; select set_config(..., true), ...` (the ids
   * as checked uuid literals), the statement, `commit` (see `TenantRead`): the inbox is 1 round
   * trip. Transaction-local only, so it works through pgbouncer's transaction mode. Build the
   * statements with `leanSql()` and run them with `read.all`/`first`.
   */
  async read<T>(scope: string | ActorIdentity, work: (read: TenantRead) => Promise<T>): Promise<T> {
    const settings = Object.entries(settingsOf(scope)).map(
      ([name, value]) => `set_config('${name}', ${literalOf(name, value)}, true)`,
    );
    const client = await this.readConnections().connect();
    const read = new TenantRead(client, this.em.config.getLogger(), `begin transaction read only; select ${settings.join(', ')}`);
    try {
      const result = await work(read);
      client.release();
      return result;
    } catch (error) {
      // The connection goes back to the pool outside any transaction (a statement that failed left
      // its transaction open), or, when not even that answers, is closed.
      await read.rollBackFailed().then(
        () => client.release(),
        (broken: Error) => client.release(broken),
      );
      throw error;
    }
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
