// Prints the JavaScript (gzipped) a browser loads for the sign-in page: the entry with its static
// imports, plus the sign-in route's chunk with its own. Run after `npm run build:portal`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', '..', '..', 'dist', 'portal');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const size = (keys) =>
  [...keys].reduce(
    (sum, key) => {
      const code = readFileSync(join(dist, manifest[key].file));
      return { raw: sum.raw + code.length, gzip: sum.gzip + gzipSync(code, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const signIn = Object.keys(manifest).find((key) => key.endsWith('app/routes/sign-in.tsx'));
const first = size(new Set([...closure(entry), ...closure(signIn)]));
const all = size(new Set(Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js'))));
console.log(`sign-in page, first load: ${kB(first.gzip)} of JavaScript gzipped (${kB(first.raw)} minified); budget 250 kB`);
console.log(
  `whole portal:             ${kB(all.gzip)} gzipped (${kB(all.raw)} minified), split into ${Object.keys(manifest).length} chunks`,
);
if (first.gzip > 250 * 1024) process.exitCode = 1;
