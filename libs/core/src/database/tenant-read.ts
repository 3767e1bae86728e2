import type { Logger } from '@mikro-orm/core';
import {
  type Compilable,
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';

/** A node of a plan as EXPLAIN (FORMAT JSON) writes it: what the planner expected, and what ran. */
export interface PlanNode {
  'Node Type': string;
  'Plan Rows': number;
  'Actual Rows': number;
  Plans?: PlanNode[];
}

/** What a lean read needs of a pooled connection: to run one compiled statement. */
export interface ReadConnection {
  executeQuery<R>(query: CompiledQuery): Promise<{ rows: R[] }>;
}

/**
 * Writes SQL for lean reads and runs none: a query built with it is run only by `TenantRead.all` or
 * `first` (its own `.execute()` answers nothing), so that every statement of a read is in its
 * transaction and in the query log. Made once; costs nothing per request.
 */
const LEAN_SQL = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** The SQL builder of lean reads, typed by the reader's tables (the database's names). */
export function leanSql<Tables>(): Kysely<Tables> {
  return LEAN_SQL as Kysely<Tables>;
}

/**
 * One lean read's transaction (`TenantContext.read`): its statements on its one connection, each
 * said in MikroORM's query log like the ORM's own, so that LOG_SQL and the statement counts see it.
 * No entities, no identity map, nothing to flush.
 */
export class TenantRead {
  constructor(
    private readonly connection: ReadConnection,
    private readonly logger: Logger,
  ) {}

  /** The rows of a query built with `leanSql()`. */
  async all<R>(query: Compilable<R>): Promise<R[]> {
    return (await this.run<R>(query.compile())).rows;
  }

  /** The first row of a query built with `leanSql()`, or undefined. */
  async first<R>(query: Compilable<R>): Promise<R | undefined> {
    return (await this.all(query))[0];
  }

  /**
   * How a query built with `leanSql()` ran: the top node of its plan, with the rows each node
   * passed on (EXPLAIN ANALYZE, timing off: no clock read per row). The log says the query itself.
   */
  async plan(query: Compilable<unknown>): Promise<PlanNode> {
    const compiled = query.compile();
    this.logger.logQuery({ query: compiled.sql, params: [...compiled.parameters], level: 'info' });
    const explain = CompiledQuery.raw(`explain (analyze, timing off, format json) ${compiled.sql}`, [...compiled.parameters]);
    const { rows } = await this.connection.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(explain);
    return rows[0]!['QUERY PLAN'][0].Plan;
  }

  /** @internal TenantContext's own statements (begin, commit). */
  run<R>(compiled: CompiledQuery): Promise<{ rows: R[] }> {
    this.logger.logQuery({ query: compiled.sql, params: [...compiled.parameters], level: 'info' });
    return this.connection.executeQuery<R>(compiled);
  }
}
