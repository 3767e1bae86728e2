import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { Policy } from '@leadrelay/core';
import { MIGRATION_SET } from '../../migrations';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';

/** Requests that wait, inside the API, until the test lets each of them go on to the database. */
const gates = new Map<string, { entered: () => void; reached: Promise<void>; release: () => void; released: Promise<void> }>();
function gate(name: string) {
  if (!gates.has(name)) {
    let entered!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (entered = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    gates.set(name, { entered, reached, release, released });
  }
  return gates.get(name)!;
}

@Resolver()
class SlowRequestResolver {
  constructor(private readonly em: EntityManager) {}

  @Query(() => Number)
  @Policy.public()
  async slowRequest(@Args('name') name: string): Promise<number> {
    gate(name).entered();
    await gate(name).released;
    const [row] = await this.em.fork().execute<{ one: number }[]>('select 1 as one');
    return row!.one;
  }
}

/** `/health` says the process lives, `/ready` that it can serve; a shutdown lets the requests in flight finish, within a bound. */
describe('health, readiness and shutdown', () => {
  let api: TestApi;
  let base: string;
  let closed = false;

  beforeAll(async () => {
    api = await createTestApi({ SHUTDOWN_GRACE_SECONDS: '2' }, [SlowRequestResolver]);
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${((api.app.getHttpServer() as Server).address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const { release } of gates.values()) release();
    if (!closed) await api.app.close();
    await closeOwnerOrm();
  });

  it('is live on /health and ready on /ready only while the database holds every migration of this build', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const latest = MIGRATION_SET.list.at(-1)!.name;
    const owner = new Client({ connectionString: (await testDatabase()).ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query('delete from mikro_orm_migrations where name = $1 returning *', [latest]);
      try {
        const behind = await fetch(`${base}/ready`);
        expect(behind.status).toBe(503);
        expect(await behind.json()).toEqual({ status: 'migrations pending', missing: [latest] });
        // Liveness does not depend on the schema: nothing to restart for.
        expect((await fetch(`${base}/health`)).status).toBe(200);
      } finally {
        await owner.query('insert into mikro_orm_migrations (id, name, executed_at) values ($1, $2, $3)', [
          rows[0].id,
          rows[0].name,
          rows[0].executed_at,
        ]);
      }
    } finally {
      await owner.end();
    }
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('on shutdown stops taking connections, finishes the request in flight on the database, and cuts a stuck one after the grace', async () => {
    // As text: slowRequest is this file's own resolver, not in schema/schema.graphql, so codegen cannot type it.
    const ask = (name: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ($name: String!) { slowRequest(name: $name) }`, variables: { name } }),
      });
    const finishing = ask('finishing');
    let started = 0;
    let stuckFor = 0;
    const stuck = ask('stuck').then(
      (response) => response.status,
      () => {
        stuckFor = Date.now() - started;
        return 'connection cut';
      },
    );
    await Promise.all([gate('finishing').reached, gate('stuck').reached]);

    started = Date.now();
    const closing = api.app.close();
    const server = api.app.getHttpServer() as Server;
    await waitUntil(async () => !server.listening);
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    // Let the first request go on: it still reaches the database, which closes only after it.
    gate('finishing').release();
    const response = await finishing;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slowRequest: 1 } });

    // The second never finishes by itself: its connection is cut after SHUTDOWN_GRACE_SECONDS.
    expect(await stuck).toBe('connection cut');
    expect(stuckFor).toBeGreaterThanOrEqual(1_900);
    expect(stuckFor).toBeLessThan(8_000);
    await closing;
    closed = true;
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
