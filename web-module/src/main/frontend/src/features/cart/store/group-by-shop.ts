import type { CartItem, CartShopGroup } from '../api/types';

/** A line of the cart with the shop it is bought from (as a listing's page names it). */
export interface ShopLine {
  shop: { id: number; name: string; slug?: string; shippingPolicy?: string | null };
  item: CartItem;
}

/**
 * The cart's one grouping rule, as the API applies it to a signed-in shopper's cart (Carts in
 * ejb-module's cart package): one group per shop, the shops in the order of their first line, the
 * lines in the order they were added. A visitor's cart, kept in this browser, is grouped by it.
 * Subtotals are left at 0 for withTotals to sum.
 */
export function groupByShop(lines: ShopLine[]): CartShopGroup[] {
  const groups = new Map<number, CartShopGroup>();
  for (const { shop, item } of lines) {
    let group = groups.get(shop.id);
    if (!group) {
      group = {
        shopId: shop.id,
        shopName: shop.name,
        shopSlug: shop.slug,
        shippingPolicy: shop.shippingPolicy ?? null,
        items: [],
        subtotal: 0,
      };
      groups.set(shop.id, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** The lines of grouped shops, in the groups' order: what groupByShop groups again. */
export function linesOf(shops: CartShopGroup[]): ShopLine[] {
  return shops.flatMap((group) =>
    group.items.map((item) => ({
      shop: {
        id: group.shopId,
        name: group.shopName,
        slug: group.shopSlug,
        shippingPolicy: group.shippingPolicy,
      },
      item,
    })),
  );
}
