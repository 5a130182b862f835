import type { components, paths } from './schema';

export type { components, paths } from './schema';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

type SuccessBody<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

/**
 * The JSON body of an operation's successful answer, from the generated OpenAPI types:
 * `ResponseOf<'/api/categories', 'get'>`. Falls back to the `default` response, which is what
 * the API documents when a resource does not declare status codes.
 */
export type ResponseOf<P extends keyof paths, M extends Method> = paths[P] extends {
  [K in M]: { responses: infer Responses };
}
  ? Responses extends { 200: infer Ok }
    ? SuccessBody<Ok>
    : Responses extends { default: infer Default }
      ? SuccessBody<Default>
      : never
  : never;

/** A schema of the API's OpenAPI document by name: `Schema<'CartView'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
