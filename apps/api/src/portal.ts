import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build:portal` writes the portal; PORTAL_DIR points elsewhere. */
export function portalDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PORTAL_DIR ?? join(process.cwd(), 'dist', 'portal');
}

/**
 * The portal at /: its built files, and index.html for every other path the API does not answer
 * (the portal's own routes, such as /leads/<id> from a mail). Nothing when the portal is not built.
 */
export function portalModule(dir = portalDir()): DynamicModule[] {
  if (!existsSync(join(dir, 'index.html'))) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: dir,
      exclude: ['/graphql{/*path}', '/intake{/*path}', '/health{/*path}', '/ready', '/ide{/*path}'],
      serveStaticOptions: {
        // Hashed asset names may be cached for good; index.html is asked for again each time.
        setHeaders: (res: { setHeader: (name: string, value: string) => void }, path: string) =>
          res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      },
    }),
  ];
}
