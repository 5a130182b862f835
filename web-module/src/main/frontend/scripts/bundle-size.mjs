#!/usr/bin/env node
// Prints the JavaScript each page ships on a first visit (gzipped) and fails when one is over budget.
//
// A first visit to a page loads the entry chunk with its static imports, then the code-split chunks
// of that page's route (TanStack Router's `?tsr-split=` modules) with theirs. The numbers come from
// Vite's manifest of the build in target/frontend; gzip level 9, as a server or CDN would send them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const outDir = fileURLToPath(new URL('../../../../target/frontend/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${outDir}.vite/manifest.json`, 'utf8'));

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file))
    gzipped.set(file, gzipSync(readFileSync(outDir + file), { level: 9 }).length);
  return gzipped.get(file);
}

function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entryFiles = closure([entryKey]);

// Route file -> its split chunks that render on a successful visit (component, not error/notFound).
const routes = new Map();
for (const key of Object.keys(manifest)) {
  const match = /^src\/app\/routes\/(.+)\.tsx\?tsr-split=(.+)$/.exec(key);
  if (!match || !match[2].split('---').includes('component')) continue;
  routes.set(match[1], [...(routes.get(match[1]) ?? []), key]);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const sum = (files) =>
  [...files]
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + gzipSize(file), 0);

const rows = [...routes.entries()]
  .map(([route, keys]) => {
    const files = new Set([...entryFiles, ...closure(keys)]);
    const path = '/' + route.replace(/(^|\/)index$/, '').replace(/\$(\w+)/g, ':$1');
    return { path, bytes: sum(files), files: files.size };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

console.log(`\nFirst-visit JavaScript per page (gzipped; budget ${BUDGET_KB} kB):`);
console.log(`  ${'page'.padEnd(24)} ${'kB'.padStart(6)}  chunks`);
console.log(`  ${'(entry alone)'.padEnd(24)} ${kb(sum(entryFiles))}  ${entryFiles.size}`);
for (const row of rows) console.log(`  ${row.path.padEnd(24)} ${kb(row.bytes)}  ${row.files}`);

const over = rows.filter((row) => row.bytes > BUDGET_KB * 1024);
if (over.length) {
  console.error(`\nOver the ${BUDGET_KB} kB budget: ${over.map((row) => row.path).join(', ')}`);
  process.exit(1);
}
