#!/usr/bin/env node
// The storefront's checks in the Maven `test` phase: lint (ESLint + Prettier), type check, unit tests.
// Maven passes -DskipTests / -Dmaven.test.skip as `--skip-tests=true`; an unset property arrives as
// the literal `${...}` and means "run".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (process.argv.slice(2).some((argument) => argument === '--skip-tests=true')) {
  console.log('Storefront lint, type check and unit tests skipped (tests are skipped)');
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const script of ['lint', 'typecheck', 'test']) {
  const result = spawnSync(npm, ['run', script], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    console.error(`Storefront check failed: npm run ${script}`);
    process.exit(result.status || 1);
  }
}
