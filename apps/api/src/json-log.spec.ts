import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** What a process prints that logs the same lines through Nest's JSON ConsoleLogger and through AsyncJsonLogger. */
function linesOf(logger: 'ConsoleLogger' | 'AsyncJsonLogger'): Record<string, unknown>[] {
  const script = `
    const { ConsoleLogger } = require('@nestjs/common');
    const { AsyncJsonLogger } = require(${JSON.stringify(join(__dirname, 'json-log.ts'))});
    const logger = ${logger === 'ConsoleLogger' ? "new ConsoleLogger({ json: true, prefix: 'LeadRelay' })" : "new AsyncJsonLogger({ prefix: 'LeadRelay' })"};
    for (let i = 0; i < 500; i++) logger.log('query Inbox by user u tenant t PARTNER_SALES in ' + i + ' ms', 'GraphQL');
    logger.error('the last line', 'GraphQL');
    // Exits at once, with lines still on their way: they are written before it ends.
    process.exit(0);
  `;
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    encoding: 'utf8',
    cwd: join(__dirname, '..', '..', '..'),
  });
  expect(child.status).toBe(0);
  return [...child.stdout.split('\n'), ...child.stderr.split('\n')]
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map(({ timestamp, pid, ...rest }) => ({ ...rest, timestamp: typeof timestamp, pid: typeof pid }));
}

describe('the API log in production', () => {
  it("writes Nest's JSON lines, all of them, also when the process exits right after", () => {
    const async = linesOf('AsyncJsonLogger');
    // Every line, in order, the last one too.
    expect(async.map((line) => line.message)).toEqual([
      ...Array.from({ length: 500 }, (_, i) => `query Inbox by user u tenant t PARTNER_SALES in ${i} ms`),
      'the last line',
    ]);
    // Each as Nest's own JSON logger writes it. (Nest's may lose its last lines at such an exit when
    // the pipe is full, the reason for this logger: only its first line is certain to be there.)
    const nest = linesOf('ConsoleLogger');
    expect(async[0]).toEqual(nest[0]);
    expect(async.at(-1)).toMatchObject({ level: 'error', context: 'GraphQL', message: 'the last line' });
    expect(async[0]).toEqual({
      level: 'log',
      context: 'GraphQL',
      message: 'query Inbox by user u tenant t PARTNER_SALES in 0 ms',
      timestamp: 'number',
      pid: 'number',
    });
  });
});
