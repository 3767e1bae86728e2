import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LOG_FLUSH_MS } from './json-log';

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

/** The writes to the standard output of a process that logs `lines` lines, one a millisecond as requests come, then waits `waitMs`. */
function writesOf(lines: number, waitMs: number): { writes: number; lines: number; firstAfterMs: number | null } {
  const script = `
    const fs = require('node:fs');
    const writes = [];
    const write = fs.write;
    fs.write = function (fd, ...rest) {
      if (fd === 1) writes.push({ at: Date.now(), lines: String(rest[0]).split('\\n').length - 1 });
      return write.call(this, fd, ...rest);
    };
    const { AsyncJsonLogger } = require(${JSON.stringify(join(__dirname, 'json-log.ts'))});
    const logger = new AsyncJsonLogger({ prefix: 'LeadRelay' });
    const start = Date.now();
    const logLine = (i) => {
      logger.log('query Inbox by user u tenant t PARTNER_SALES in ' + i + ' ms', 'GraphQL');
      if (i + 1 < ${lines}) setTimeout(logLine, 1, i + 1);
      else setTimeout(report, ${waitMs});
    };
    const report = () => {
      const figures = { writes: writes.length, lines: writes.reduce((sum, w) => sum + w.lines, 0), firstAfterMs: writes.length ? writes[0].at - start : null };
      fs.writeSync(2, JSON.stringify(figures));
      process.exit(0);
    };
    logLine(0);
  `;
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    encoding: 'utf8',
    cwd: join(__dirname, '..', '..', '..'),
  });
  expect(child.status).toBe(0);
  return JSON.parse(child.stderr) as { writes: number; lines: number; firstAfterMs: number | null };
}

describe('the API log gathers its lines', () => {
  it('writes the lines of a busy moment together: far fewer writes than lines', () => {
    const figures = writesOf(300, 5 * LOG_FLUSH_MS);
    expect(figures.lines).toBe(300);
    // About 30 lines of 140-odd bytes fill 4 KiB, and the lines of 100 ms go together; written as
    // they came, each line was a write of its own.
    expect(figures.writes).toBeLessThanOrEqual(30);
  });

  it(`writes a lone line within ${LOG_FLUSH_MS} ms (and a little), without waiting for more`, () => {
    const figures = writesOf(1, 5 * LOG_FLUSH_MS);
    expect(figures).toMatchObject({ writes: 1, lines: 1 });
    expect(figures.firstAfterMs).toBeLessThanOrEqual(3 * LOG_FLUSH_MS);
  });
});
