// The bar of `bench:api`: a bare `node:http` + `pg` server (pool 10, the application role, row-level
// security) answering the partner inbox with the same SQL as LeadRelay's `offers` (the lean read
// model of offer-reads.ts): one transaction, the page and the count. No GraphQL, no session check.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { INBOX_COUNT_SQL, INBOX_PAGE_SQL, inboxTeaserOf } from './inbox-sql';

const pool = new Pool({ connectionString: process.env.BENCH_APP_URL, max: 10 });
let statements = 0;
let requests = 0;

const server = createServer((request, response) => {
  if (request.url === '/stats') {
    response.end(JSON.stringify({ statements, requests }));
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const tenantId = url.searchParams.get('tenant')!;
  const partnerId = url.searchParams.get('partner')!;
  const first = Number(url.searchParams.get('first') ?? 25);
  void (async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.partner_id', $2, true), set_config('role', 'leadrelay_partner', true)`,
        [tenantId, partnerId],
      );
      const page = await client.query(INBOX_PAGE_SQL, [tenantId, partnerId, first + 1]);
      const count = await client.query<{ count: number }>(INBOX_COUNT_SQL, [tenantId, partnerId]);
      await client.query('commit');
      statements += 5;
      requests += 1;
      const nodes = page.rows.slice(0, first).map((row: Record<string, unknown>) => ({
        id: row.id,
        status: row.status,
        offeredAt: (row.offered_at as Date).toISOString(),
        expiresAt: (row.expires_at as Date).toISOString(),
        partner: { name: row.partner_name },
        teaser: inboxTeaserOf(row),
      }));
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          data: {
            offers: {
              totalCount: count.rows[0]!.count,
              pageInfo: { hasNextPage: page.rows.length > first, endCursor: nodes.length ? String(nodes.at(-1)!.id) : null },
              nodes,
            },
          },
        }),
      );
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      response.statusCode = 500;
      response.end(String(error));
    } finally {
      client.release();
    }
  })();
});

server.listen(Number(process.env.PORT), '127.0.0.1');
