// How the storefront's API types are made from the API's OpenAPI document: shared by
// `npm run api:types` (which writes them) and src/api/schema.test.ts (which fails when the committed
// types are not what the committed document generates).
import openapiTS, { astToString } from 'openapi-typescript';

/** The committed document and the types generated from it, relative to the storefront's folder. */
export const snapshotFile = 'src/api/openapi.json';
export const typesFile = 'src/api/schema.d.ts';

const header = [
  '/**',
  ' * Types of the Handmade Market API, generated from src/api/openapi.json by `npm run api:types`.',
  ' * Do not edit: change the JAX-RS resources (and their OpenAPI annotations), then regenerate.',
  ' */',
  '',
].join('\n');

/**
 * The document as the API publishes it, without what belongs to the deployment it was fetched from:
 * no `servers`, paths from `/api` on (not under a context root), the tags and each schema's required
 * members in one order, and every object's keys sorted. OpenApiSnapshotIT normalises the same way.
 */
export function normalise(document) {
  const rest = { ...document };
  delete rest.servers;
  const paths = Object.fromEntries(
    Object.entries(rest.paths ?? {}).map(([path, item]) => {
      const api = path.indexOf('/api/');
      return [api > 0 ? path.slice(api) : path, item];
    }),
  );
  const tags = rest.tags && [...rest.tags].sort((a, b) => compare(a.name, b.name));
  return sorted({ ...rest, paths, ...(tags ? { tags } : {}) });
}

/** The file openapi.json holds: two-space JSON with a final newline, as OpenApiSnapshotIT writes it. */
export function snapshotText(document) {
  return `${JSON.stringify(normalise(document), null, 2)}\n`;
}

/**
 * schema.d.ts for a (normalised) document. The operation ids are the resources' method names, which
 * repeat across resources (`get`, `mine`): the types are read by path, so the ids are left out.
 */
export async function typesOf(document) {
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => {
          if (!operation || typeof operation !== 'object' || !('responses' in operation)) {
            return [method, operation];
          }
          const withoutId = { ...operation };
          delete withoutId.operationId;
          return [method, withoutId];
        }),
      ),
    ]),
  );
  const ast = await openapiTS({ ...document, paths }, { alphabetize: true });
  return header + astToString(ast);
}

function sorted(value, key) {
  if (Array.isArray(value)) {
    const items = value.map((item) => sorted(item));
    return key === 'required' && items.every((item) => typeof item === 'string')
      ? items.sort(compare)
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort(compare)
        .map((name) => [name, sorted(value[name], name)]),
    );
  }
  return value;
}

/** UTF-16 order, as Java's String.compareTo. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
