import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { shopQueryOptions } from './get-shop';
import { shopProductsQueryOptions } from './get-shop-products';

describe('the shop page', () => {
  it('asks again for the shop and its listings whenever it opens', () => {
    const client = new QueryClient();
    for (const options of [
      shopQueryOptions('oak-and-ash'),
      shopProductsQueryOptions('oak-and-ash'),
    ]) {
      client.setQueryData(options.queryKey, {} as never);
      expect(
        client
          .getQueryCache()
          .find({ queryKey: options.queryKey })
          ?.isStaleByTime(options.staleTime as number),
      ).toBe(true);
    }
  });
});
