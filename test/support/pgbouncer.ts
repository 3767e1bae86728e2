// Imports nothing of the libs: test/support/global-setup.ts starts it outside jest's module mapping.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's pgbouncer (`apt-get install pgbouncer`; `.ci/run` installs it when missing). */
export const PGBOUNCER_BINARY = process.env.PGBOUNCER_PATH ?? '/usr/sbin/pgbouncer';

export interface Pgbouncer {
  /** `url` with host and port replaced by the bouncer's: the same database and user, through the bouncer. */
  through(url: string): string;
  port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * A pgbouncer on a free loopback port in front of the PostgreSQL of `serverUrl`, in transaction
 * pooling mode, the way production runs it: every database of that server, for the users in
 * `users` (name → password, kept in a generated userlist that pgbouncer also logs in with). As
 * root it runs as the `postgres` user (pgbouncer refuses to run as root).
 */
export async function startPgbouncer(serverUrl: string, users: Record<string, string>): Promise<Pgbouncer> {
  if (!existsSync(PGBOUNCER_BINARY)) {
    throw new Error(
      `TEST_PGBOUNCER is set but ${PGBOUNCER_BINARY} is missing: apt-get install -y pgbouncer (or set PGBOUNCER_PATH).`,
    );
  }
  const server = new URL(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), 'leadrelay-pgbouncer-'));
  const port = await freePort();
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  writeFileSync(
    join(dir, 'userlist.txt'),
    Object.entries(users)
      .map(([user, password]) => `${quote(user)} ${quote(password)}`)
      .join('\n') + '\n',
  );
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 1000',
      // Per database and user: each test file has its own database, so this bounds one file's server connections.
      'default_pool_size = 40',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
      ...(asRoot ? ['user = postgres'] : []),
    ].join('\n') + '\n',
  );
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chmodSync(dir, 0o700);
    for (const file of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(join(dir, file), uid, gid);
  }
  const child: ChildProcess = spawn(PGBOUNCER_BINARY, [join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output + (existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '');
  for (const deadline = Date.now() + 10_000; !(await answers(port)); await new Promise((r) => setTimeout(r, 50))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`pgbouncer did not start on 127.0.0.1:${port}:\n${log()}`);
    }
  }
  return {
    port,
    through(url: string) {
      const target = new URL(url);
      target.hostname = '127.0.0.1';
      target.port = String(port);
      return target.toString();
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGTERM: pgbouncer's immediate shutdown (SIGINT would wait for every client to leave).
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
