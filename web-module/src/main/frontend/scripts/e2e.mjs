#!/usr/bin/env node
// Runs the end-to-end specs in e2e/ against a running marketplace:
//
//   npm run e2e -- --base-url http://127.0.0.1:8180 [playwright test options, e.g. e2e/home.spec.ts]
//
// The default base URL is $E2E_BASE_URL or http://127.0.0.1:8180 (./mvnw -Prun). The browser is
// Debian's Chromium at /usr/bin/chromium ($CHROMIUM_PATH): scripts/ensure-chromium.sh installs it.
// Specs that follow mailed links read them over IMAP at 127.0.0.1:$E2E_IMAP_PORT (the local stack's
// 13143 by default).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
let baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8180';
const passOn = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base-url') baseUrl = args[++i] ?? baseUrl;
  else if (args[i].startsWith('--base-url=')) baseUrl = args[i].slice('--base-url='.length);
  else passOn.push(args[i]);
}
baseUrl = baseUrl.replace(/\/+$/, '');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium}.`);
  console.error(
    'Install it with web-module/src/main/frontend/scripts/ensure-chromium.sh (Debian/Ubuntu),',
  );
  console.error('or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}

try {
  const response = await fetch(`${baseUrl}/api/categories`, {
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`GET /api/categories answered ${response.status}`);
} catch (error) {
  console.error(`The marketplace does not answer at ${baseUrl}: ${error.message}`);
  console.error(
    'Start it first (./mvnw -Prun serves http://127.0.0.1:8180) or pass --base-url URL.',
  );
  process.exit(1);
}

console.log(`End-to-end tests against ${baseUrl} with ${chromium}`);
const result = spawnSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['--no-install', 'playwright', 'test', ...passOn],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
