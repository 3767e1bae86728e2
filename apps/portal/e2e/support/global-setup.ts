// Starts what `npm start` starts (embedded PostgreSQL in a fresh folder, migrations, demo data, API,
// worker, the built portal) with mail going to a real SMTP server of the tests, which writes each
// mail it receives into a folder the stories read (process.env.PORTAL_TEST_MAIL_DIR).
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { FullConfig } from '@playwright/test';

const ROOT = resolve(__dirname, '../../../..');

async function startSmtp(mailDir: string): Promise<SMTPServer & { port: number }> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        writeFileSync(join(mailDir, `${Date.now()}-${++count}-${to}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return Object.assign(server, { port: (server.server.address() as AddressInfo).port });
}

function waitForBanner(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('LeadRelay is running.')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => fail(new Error(`The server exited with ${code}:\n${output}`)));
  });
}

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'leadrelay-portal-e2e-'));
  // As root, the embedded PostgreSQL runs as its own user, who must reach its data folder inside.
  chmodSync(work, 0o755);
  const mailDir = join(work, 'mail');
  mkdirSync(mailDir);
  const smtp = await startSmtp(mailDir);
  const baseURL = config.projects[0]!.use.baseURL!;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: new URL(baseURL).port,
    PORTAL_URL: baseURL,
    DATA_DIR: join(work, 'data'),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    NODE_ENV: 'development',
    GRAPHQL_IDE: 'false',
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  const server = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/standalone/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForBanner(server, 180_000);
  // The server's log, for a story that fails: test-results/server.log.
  const outDir = join(__dirname, '..', '..', 'test-results');
  mkdirSync(outDir, { recursive: true });
  const log = createWriteStream(join(outDir, 'server.log'));
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  process.env.PORTAL_TEST_MAIL_DIR = mailDir;

  return async () => {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
    await new Promise<void>((done) => smtp.close(() => done()));
    rmSync(work, { recursive: true, force: true });
  };
}
