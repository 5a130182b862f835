#!/usr/bin/env node
// `npm ci`, unless node_modules already holds exactly what package-lock.json pins.
//
//   node scripts/install-if-needed.mjs [folder]   (default: the storefront; e.g. lighthouse)
//
// After a successful `npm ci` the lock file's hash and the Node version are written to
// node_modules/.install-stamp; the next build skips the install when both still match. A clean
// clone, a changed lock file, another Node version or a half-finished install all run `npm ci` again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storefront = fileURLToPath(new URL('..', import.meta.url));
const root = process.argv[2] ? `${storefront}${process.argv[2].replace(/\/*$/, '/')}` : storefront;
const stampFile = `${root}node_modules/.install-stamp`;
const expected = JSON.stringify({
  lock: createHash('sha256')
    .update(readFileSync(`${root}package-lock.json`))
    .update(readFileSync(`${root}package.json`))
    .digest('hex'),
  node: process.version,
});

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === expected) {
  console.log('node_modules is up to date with package-lock.json: skipping npm ci');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (result.error || result.status !== 0) {
  console.error(`npm ci failed${result.error ? `: ${result.error.message}` : ''}`);
  process.exit(result.status || 1);
}
writeFileSync(stampFile, expected);
