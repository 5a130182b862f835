import { describe, expect, it } from 'vitest';
import type { CartItem } from '../api/types';
import { groupByShop, linesOf, type ShopLine } from './group-by-shop';

function line(productId: number, shopId: number): ShopLine {
  const item: CartItem = {
    cartItemId: `local:${productId}`,
    productId,
    title: `Product ${productId}`,
    price: 10,
    quantity: 1,
    availableQuantity: 3,
    image: null,
  };
  return { shop: { id: shopId, name: `Shop ${shopId}`, slug: `shop-${shopId}` }, item };
}

describe('groupByShop', () => {
  it('groups by shop in the order of each shop’s first line, lines in the order added', () => {
    const shops = groupByShop([line(1, 7), line(2, 9), line(3, 7)]);

    expect(shops.map((shop) => shop.shopId)).toEqual([7, 9]);
    expect(shops[0]!.items.map((item) => item.productId)).toEqual([1, 3]);
    expect(shops[0]).toMatchObject({
      shopName: 'Shop 7',
      shopSlug: 'shop-7',
      shippingPolicy: null,
    });
  });

  it('gives back the groups it made from their lines', () => {
    const shops = groupByShop([line(1, 7), line(2, 9), line(3, 7)]);

    expect(groupByShop(linesOf(shops))).toEqual(shops);
  });
});
