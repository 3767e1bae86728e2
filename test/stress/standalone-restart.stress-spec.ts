import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { freePort, stopOrphanedServer } from '@leadrelay/core';
import { graphql } from '../support/graphql/generated';

const ROOT = join(__dirname, '..', '..');
const READY = 'LeadRelay is running.';

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm start` as the README runs it (node with swc on apps/standalone/src/main.ts), on its own
 * data directory and ports, in a process group of its own as a terminal would start it.
 */
function npmStart(dataDir: string, port: number, env: Record<string, string> = {}): Started {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DATABASE_URL|DATABASE_OWNER_URL|TEST_DATABASE_URL|NODE_OPTIONS|NODE_ENV|PORTAL_URL)$/.test(name),
    ),
  );
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'node'), ['-r', '@swc-node/register', 'apps/standalone/src/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, DATA_DIR: dataDir, PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 150_000,
): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const value = await check();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const LOGIN = graphql(`
  mutation StandaloneRestartLogin {
    login(input: { email: "channel@nordlicht.example", password: "leadrelay-demo" }) {
      accessToken
    }
  }
`);
const LEADS = graphql(`
  query StandaloneRestartLeads {
    leads {
      totalCount
    }
  }
`);

/** One typed operation to the server on `port`, sent as its text (`print`); its data. */
async function send<TResult, TVariables>(
  port: number,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return ((await response.json()) as { data: TResult }).data;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leadrelay-start-'));
  chmodSync(dataDir, 0o755);
  const running: Started[] = [];

  afterAll(async () => {
    for (const { child } of running) {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    }
    await stopOrphanedServer(join(dataDir, 'postgres'), () => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes up again after kill -9, on the same data; is ready only with the demo data in; stops quietly on Ctrl-C', async () => {
    const port = await freePort();
    const first = npmStart(dataDir, port);
    running.push(first);
    await until('the first start', () => first.output().includes(READY) || first.child.exitCode !== null);
    expect(first.output()).toContain(READY);

    // Ready means the demo data is in: the first login sees the demo leads.
    const { login } = await send(port, LOGIN, {});
    const { leads } = await send(port, LEADS, {}, login.accessToken);
    expect(leads.totalCount).toBeGreaterThan(0);
    // PORTAL_URL follows PORT: the links in the demo's mails point at this port.
    const mail = await until('a mail', () => {
      const dir = join(dataDir, 'mail');
      const file = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.eml')) : undefined;
      return file ? readFileSync(join(dir, file), 'utf8') : undefined;
    });
    expect(mail).toContain(`http://localhost:${port}/`);

    // kill -9: node dies at once, its PostgreSQL is left running on .data/postgres.
    const orphan = postmasterPid(dataDir);
    process.kill(first.child.pid!, 'SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true);

    const second = npmStart(dataDir, port, { DEMO_DATA: 'true' });
    running.push(second);
    await until('the second start', () => second.output().includes(READY) || second.child.exitCode !== null);
    expect(second.output()).toContain(READY);
    expect(second.output()).toMatch(/A PostgreSQL of an earlier start still holds .* \(pid \d+\); stopping it/);
    expect(isAlive(orphan)).toBe(false);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    // Ctrl-C reaches the whole foreground group: everything closes in order, without an error line.
    process.kill(-second.child.pid!, 'SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toMatch(/\bERROR\b/);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 300_000);

  it('says what went wrong and what to do when the port is taken, never only "undefined"', async () => {
    const port = await freePort();
    const blocker = (await import('node:net')).createServer().listen(port);
    try {
      const start = npmStart(dataDir, port, { DEMO_DATA: 'false' });
      running.push(start);
      expect(await start.exited).toBe(1);
      expect(start.output()).toMatch(new RegExp(`Port ${port} is already in use.*PORT=`));
      expect(start.output()).not.toMatch(/ERROR.*\bundefined\b/);
      expect(start.output()).not.toMatch(/ERROR.*\[JobQueue\]/);
    } finally {
      blocker.close();
    }
  }, 200_000);
});
