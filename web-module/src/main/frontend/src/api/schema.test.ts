/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { snapshotText, snapshotFile, typesOf, typesFile } from '../../scripts/openapi-types.mjs';

/*
 * schema.d.ts is generated from openapi.json, which OpenApiSnapshotIT keeps equal to what the built
 * application publishes: together they fail the build when the storefront's types drift from the API.
 */
describe('the generated API types', () => {
  it('are what the committed OpenAPI document generates (run npm run api:types)', async () => {
    const document = JSON.parse(await readFile(snapshotFile, 'utf8')) as object;
    const committed = await readFile(typesFile, 'utf8');

    expect(committed, 'src/api/schema.d.ts is stale: run npm run api:types').toBe(
      await typesOf(document),
    );
  });

  it('come from a normalised document (run npm run api:types)', async () => {
    const text = await readFile(snapshotFile, 'utf8');

    expect(text, 'src/api/openapi.json is not normalised: run npm run api:types').toBe(
      snapshotText(JSON.parse(text) as object),
    );
  });
});
