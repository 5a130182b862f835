#!/usr/bin/env node
// Generates src/api/schema.d.ts from src/api/openapi.json, the committed copy of the API's OpenAPI
// document; given a running marketplace's URL, first refreshes that copy from it.
//
//   npm run api:types                                         # from the committed openapi.json
//   npm run api:types -- http://127.0.0.1:8180/openapi        # refresh it from ./mvnw -Prun first
//
// OpenApiSnapshotIT fails when openapi.json is not what the built application publishes (and
// rewrites it with -Dopenapi.update=true); src/api/schema.test.ts fails when schema.d.ts is not what
// openapi.json generates. Payara serves the document at the server root; `?format=JSON` asks for JSON.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { snapshotFile, snapshotText, typesFile, typesOf } from './openapi-types.mjs';

const storefront = fileURLToPath(new URL('..', import.meta.url));
const snapshotPath = `${storefront}${snapshotFile}`;
const typesPath = `${storefront}${typesFile}`;

const source = process.argv[2] ?? process.env.MARKETPLACE_OPENAPI;
if (source) {
  const url = new URL(source);
  if (!url.searchParams.has('format')) url.searchParams.set('format', 'JSON');
  let document;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = await response.json();
  } catch (error) {
    console.error(`Could not read the OpenAPI document at ${url}: ${error.message}`);
    console.error('Start the marketplace first (./mvnw -Prun) or leave the URL out.');
    process.exit(1);
  }
  await writeFile(snapshotPath, snapshotText(document));
  console.log(`Wrote ${snapshotPath} from ${url}`);
}

const document = JSON.parse(await readFile(snapshotPath, 'utf8'));
await writeFile(typesPath, await typesOf(document));
console.log(`Wrote ${typesPath} (${Object.keys(document.paths ?? {}).length} paths)`);
