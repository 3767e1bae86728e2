// `npm test` runs the portal's browser stories too: Playwright in Debian's Chromium, German and
// English (apps/portal/playwright.config.ts). Without Chromium this fails with how to install it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

describe('the portal in a real browser', () => {
  it(
    'passes every browser story in German and in English',
    () => {
      // Playwright refuses to run inside a jest worker, which it tells by JEST_WORKER_ID.
      const { JEST_WORKER_ID: _worker, ...env } = process.env;
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', 'apps/portal/playwright.config.ts'],
        { cwd: ROOT, stdio: 'inherit', env: { ...env, NODE_OPTIONS: '' } },
      );
      expect(run.status).toBe(0);
    },
    20 * 60_000,
  );
});
