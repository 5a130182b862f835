import { formatPrice, pluralize, type Money } from '@/utils/format';

/** "You placed 1 order" / "You placed 2 orders, one for each shop". */
export function placedOrdersSentence(count: number): string {
  return count === 1
    ? 'You placed 1 order'
    : `You placed ${pluralize(count, 'order')}, one for each shop`;
}

/** "2 × $12.00" for a line of more than one piece; undefined for a single piece. */
export function unitPriceText(quantity: number, unitPrice: Money): string | undefined {
  return quantity > 1 ? `${quantity} × ${formatPrice(unitPrice)}` : undefined;
}
