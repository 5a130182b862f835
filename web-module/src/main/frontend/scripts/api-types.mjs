#!/usr/bin/env node
// Regenerates src/api/schema.d.ts from the OpenAPI document of a running marketplace.
//
//   npm run api:types                                   # http://127.0.0.1:8180/openapi (./mvnw -Prun)
//   npm run api:types -- http://127.0.0.1:8381/openapi  # any other running instance
//
// Payara serves the document at the server root (not under /api); `?format=JSON` asks for JSON.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const url = new URL(
  process.argv[2] ?? process.env.MARKETPLACE_OPENAPI ?? 'http://127.0.0.1:8180/openapi',
);
if (!url.searchParams.has('format')) url.searchParams.set('format', 'JSON');
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

let document;
try {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  document = await response.json();
} catch (error) {
  console.error(`Could not read the OpenAPI document at ${url}: ${error.message}`);
  console.error(
    'Start the marketplace first (./mvnw -Prun) or pass its URL: npm run api:types -- URL',
  );
  process.exit(1);
}

// The server list names the host the document was fetched from; it has no place in committed types.
delete document.servers;

const ast = await openapiTS(document, { alphabetize: true });
const header = [
  '/**',
  ' * Types of the Handmade Market API, generated from its OpenAPI document by `npm run api:types`.',
  ' * Do not edit: change the JAX-RS resources (and their OpenAPI annotations), then regenerate.',
  ' */',
  '',
].join('\n');
await writeFile(target, header + astToString(ast));
console.log(`Wrote ${target} from ${url} (${Object.keys(document.paths ?? {}).length} paths)`);
