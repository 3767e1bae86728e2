import type { Logger } from '@mikro-orm/core';
import {
  type Compilable,
  createQueryId,
  DummyDriver,
  Kysely,
  type RootOperationNode,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
} from 'kysely';
import { escapeLiteral } from 'pg';
import { prepareValue } from 'pg/lib/utils';

/** A node of a plan as EXPLAIN (FORMAT JSON) writes it: what the planner expected, and what ran. */
export interface PlanNode {
  'Node Type': string;
  'Plan Rows': number;
  'Actual Rows': number;
  Plans?: PlanNode[];
}

/** What a lean read needs of a pooled `pg` connection: several statements as one simple query. */
export interface ReadClient {
  query(text: string): Promise<ReadResult | ReadResult[]>;
}
interface ReadResult {
  rows: unknown[];
}

/** A statement built with `leanSql()`, or written whole with Kysely's `sql` tag (values as `${...}`, never spliced). */
export type LeanQuery<R> = (Compilable<R> | RawBuilder<R>) & { toOperationNode(): RootOperationNode };

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
 * Compiles a statement with its values written in as literals, for the one round trip in which it
 * rides between its transaction's opening and `commit`: a simple query of several statements takes
 * no parameters.
 * Each value goes as `pg` would send it as a parameter (`prepareValue`: text, untyped), quoted by
 * `pg`'s `escapeLiteral`: an untyped literal is resolved by the server from its context exactly as
 * an untyped parameter is, so the statement means the same.
 */
class LiteralValuesCompiler extends PostgresQueryCompiler {
  protected override appendValue(value: unknown): void {
    const prepared: unknown = prepareValue(value);
    if (prepared === null) {
      this.append('null');
    } else if (typeof prepared === 'string') {
      this.append(escapeLiteral(prepared));
    } else {
      // Buffers (bytea) would need their own literal; no lean read sends one.
      throw new Error(`A lean read cannot write this value as a literal: ${typeof prepared}`);
    }
  }
}
const LITERAL_VALUES = new LiteralValuesCompiler();

/**
 * A statement built with `leanSql()` as SQL with its values written in as literals (see
 * `LiteralValuesCompiler`): what `TenantRead` sends, and what a statement shared with a MikroORM
 * transaction hands to `em.execute` there (which sends a statement without parameters as it is).
 */
export function literalSqlOf(query: LeanQuery<unknown>): string {
  return LITERAL_VALUES.compileQuery(query.toOperationNode(), createQueryId()).sql;
}

/**
 * One lean read (`TenantContext.read`): its statements on its one connection, each said in
 * MikroORM's query log like the ORM's own, so that LOG_SQL and the statement counts see it. No
 * entities, no identity map, nothing to flush. Each statement is its own read-only transaction in
 * one round trip: the opening (begin and the settings), the statement and `commit`, sent as one
 * simple query. A read of one statement (the inbox, a leads page, `lead(id)` with its history, the
 * session check) is one transaction and one round trip. A read of several is as many transactions,
 * which see what they would in one: at READ COMMITTED each statement takes its own snapshot anyway.
 */
export class TenantRead {
  /** A statement was sent and did not come back: its transaction may still be open, aborted. */
  private unfinished = false;

  /** @internal made by TenantContext.read */
  constructor(
    private readonly client: ReadClient,
    private readonly logger: Logger,
    private readonly opening: string,
  ) {}

  /** The rows of a query built with `leanSql()`. */
  all<R>(query: LeanQuery<R>): Promise<R[]> {
    return this.send<R>(query, '');
  }

  /** The first row of a query built with `leanSql()`, or undefined. */
  async first<R>(query: LeanQuery<R>): Promise<R | undefined> {
    return (await this.all(query))[0];
  }

  /**
   * How a query built with `leanSql()` ran: the top node of its plan, with the rows each node
   * passed on (EXPLAIN ANALYZE, timing off: no clock read per row). The log says the query itself.
   */
  async plan(query: LeanQuery<unknown>): Promise<PlanNode> {
    const rows = await this.send<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(query, 'explain (analyze, timing off, format json) ');
    return rows[0]!['QUERY PLAN'][0].Plan;
  }

  /**
   * @internal TenantContext's end of a read that failed: a statement that failed left its
   * transaction open (and aborted), so `rollback` it. Every statement that came back is committed.
   */
  async rollBackFailed(): Promise<void> {
    if (!this.unfinished) return;
    this.log('rollback', []);
    await this.client.query('rollback');
    this.unfinished = false;
  }

  private async send<R>(query: LeanQuery<unknown>, explain: string): Promise<R[]> {
    const inline = literalSqlOf(query);
    this.log(this.opening, []);
    this.log(inline, []);
    this.log('commit', []);
    this.unfinished = true;
    // Results: the begin, the settings, the statement, the commit.
    const results = (await this.client.query(`${this.opening}; ${explain}${inline}; commit`)) as ReadResult[];
    this.unfinished = false;
    return results.at(-2)!.rows as R[];
  }

  private log(query: string, params: readonly unknown[]): void {
    this.logger.logQuery({ query, params: [...params], level: 'info' });
  }
}
