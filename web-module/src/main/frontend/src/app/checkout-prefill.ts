import type { ShippingAddress } from '@/features/orders/api/types';

/**
 * Where checkout's address starts: the last order's address, unless the shopper chose another
 * country in the cart (then only that country: the old street is somewhere else).
 */
export function checkoutPrefill(
  lastAddress: ShippingAddress | null | undefined,
  cartCountry: string | null,
): Partial<ShippingAddress> | null {
  if (cartCountry && lastAddress?.country?.toUpperCase() !== cartCountry) {
    return { country: cartCountry };
  }
  return lastAddress ?? null;
}
