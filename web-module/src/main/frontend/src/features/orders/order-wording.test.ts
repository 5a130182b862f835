import { describe, expect, it } from 'vitest';
import { statusLabel, stepLabel } from './order-status';
import { placedOrdersSentence, unitPriceText } from './order-wording';

describe('order wording', () => {
  it('counts the orders of a checkout in words', () => {
    expect(placedOrdersSentence(1)).toBe('You placed 1 order');
    expect(placedOrdersSentence(2)).toBe('You placed 2 orders, one for each shop');
  });

  it('shows the unit price only for more than one piece', () => {
    expect(unitPriceText(2, 12)).toBe('2 × $12.00');
    expect(unitPriceText(1, 12)).toBeUndefined();
  });

  it('reads a pending order as a payment being confirmed', () => {
    expect(statusLabel('PENDING')).toBe('Payment being confirmed');
    expect(stepLabel('PENDING')).toBe('Order placed');
    expect(stepLabel('PAID')).toBe('Paid');
  });
});
