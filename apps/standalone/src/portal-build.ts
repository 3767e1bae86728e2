import { Logger } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const logger = new Logger('LeadRelay');

/** The newest modification time under a path (a file, or a folder walked). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/**
 * `npm start` serves the portal without a manual step: it builds it (a few seconds) when dist/portal
 * is missing or older than the portal's sources, and otherwise starts at once.
 */
export async function ensurePortalBuilt(root: string, outDir: string): Promise<void> {
  const portal = join(root, 'apps', 'portal');
  if (!existsSync(portal)) return;
  const built = join(outDir, 'index.html');
  const sources = Math.max(
    newest(join(portal, 'src')),
    newest(join(portal, 'index.html')),
    newest(join(portal, 'vite.config.ts')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  logger.log('Building the portal (its sources changed since the last build)');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(portal, 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The portal build failed (exit code ${code}).`))));
  });
}
