// Types of scripts/openapi-types.mjs for src/api/schema.test.ts.
export const snapshotFile: string;
export const typesFile: string;
export function normalise(document: object): object;
export function snapshotText(document: object): string;
export function typesOf(document: object): Promise<string>;
