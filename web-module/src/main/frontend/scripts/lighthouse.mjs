#!/usr/bin/env node
// Measures the storefront with Lighthouse CI in headless Chromium against a running marketplace:
//
//   npm run lighthouse -- --base-url http://127.0.0.1:8180 [--runs 3] [--preset mobile|desktop]
//
// Pages: home, a search and a product page of the demo catalogue. Each is loaded --runs times; the
// median run counts. Fails unless every page has First Contentful Paint under 1.5 s and a performance
// score of at least 90. Reports land in web-module/target/lighthouse. Lighthouse CI is installed on
// first use into lighthouse/ (pinned there, kept out of the build's install).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FCP_BUDGET_MS = 1500;
const MIN_PERFORMANCE = 0.9;

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../../../../target/lighthouse/', import.meta.url));

const options = {
  baseUrl: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8180',
  runs: 3,
  preset: 'mobile',
};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  const value = inline ?? args[++i];
  if (flag === '--base-url') options.baseUrl = value;
  else if (flag === '--runs') options.runs = Number(value);
  else if (flag === '--preset') options.preset = value;
  else {
    console.error(`Unknown option ${args[i]}`);
    process.exit(2);
  }
}
options.baseUrl = options.baseUrl.replace(/\/+$/, '');
if (
  !Number.isInteger(options.runs) ||
  options.runs < 1 ||
  !['mobile', 'desktop'].includes(options.preset)
) {
  console.error('--runs takes a whole number of at least 1, --preset mobile or desktop');
  process.exit(2);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}: run scripts/ensure-chromium.sh or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

async function firstProductId() {
  const response = await fetch(`${options.baseUrl}/api/search?q=mug&pageSize=1`, {
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`GET /api/search answered ${response.status}`);
  const body = await response.json();
  if (!body.products?.length) throw new Error('the catalogue has no mugs: load the demo catalogue');
  return body.products[0].id;
}

let productId;
try {
  productId = await firstProductId();
} catch (error) {
  console.error(`The marketplace at ${options.baseUrl} cannot be measured: ${error.message}`);
  console.error(
    'Start it first (./mvnw -Prun serves http://127.0.0.1:8180) or pass --base-url URL.',
  );
  process.exit(1);
}

const pages = {
  home: `${options.baseUrl}/`,
  search: `${options.baseUrl}/search?q=necklace&sort=relevance`,
  product: `${options.baseUrl}/products/${productId}`,
};

console.log('Installing Lighthouse CI when needed...');
const install = spawnSync(
  process.execPath,
  [`${root}scripts/install-if-needed.mjs`, 'lighthouse'],
  {
    stdio: 'inherit',
  },
);
if (install.status !== 0) process.exit(install.status ?? 1);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const config = {
  ci: {
    collect: {
      url: Object.values(pages),
      numberOfRuns: options.runs,
      chromePath: chromium,
      settings: {
        ...(options.preset === 'desktop' ? { preset: 'desktop' } : {}),
        onlyCategories: ['performance'],
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ].join(' '),
      },
    },
    upload: { target: 'filesystem', outputDir: outDir },
  },
};
const configFile = `${outDir}lighthouserc.json`;
writeFileSync(configFile, JSON.stringify(config, null, 2));

console.log(
  `Lighthouse (${options.preset}, ${options.runs} run(s) per page) against ${options.baseUrl} with ${chromium}`,
);
const lhci = `${root}lighthouse/node_modules/.bin/lhci`;
for (const step of ['collect', 'upload']) {
  const result = spawnSync(lhci, [step, `--config=${configFile}`], {
    cwd: outDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`lhci ${step} failed`);
    process.exit(result.status ?? 1);
  }
}

// The filesystem upload keeps the representative (median) run of each URL in its manifest.
const manifest = JSON.parse(readFileSync(`${outDir}manifest.json`, 'utf8'));
const rows = [];
for (const [name, url] of Object.entries(pages)) {
  const run = manifest.find((entry) => entry.url === url && entry.isRepresentativeRun);
  const report = JSON.parse(readFileSync(run.jsonPath, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  rows.push({
    page: name,
    performance: Math.round(report.categories.performance.score * 100),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    scriptKb: Math.round(
      (report.audits['resource-summary']?.details?.items?.find(
        (item) => item.resourceType === 'script',
      )?.transferSize ?? NaN) / 1024,
    ),
  });
}
console.log(`\nMedian of ${options.runs} run(s), ${options.preset}:`);
console.table(rows);
console.log(`Reports: ${outDir}`);

const failures = rows.filter(
  (row) => !(row.fcpMs < FCP_BUDGET_MS) || !(row.performance >= MIN_PERFORMANCE * 100),
);
if (failures.length) {
  console.error(
    `Over budget (FCP < ${FCP_BUDGET_MS} ms, performance >= ${MIN_PERFORMANCE * 100}): ${failures.map((row) => row.page).join(', ')}`,
  );
  process.exit(1);
}
