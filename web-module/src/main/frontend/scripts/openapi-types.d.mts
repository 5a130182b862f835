// Types of scripts/openapi-types.mjs for src/api/schema.test.ts.
export const snapshotUrl: URL;
export const typesUrl: URL;
export function normalise(document: object): object;
export function snapshotText(document: object): string;
export function typesOf(document: object): Promise<string>;
