import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '../api/types';
import { OrderTimeline } from './order-timeline';

function order(status: string, moves: [string | null, string][]): Order {
  return {
    id: 1,
    shopId: 2,
    shopName: 'Clay Corner',
    status,
    subtotal: 20,
    shipping: 5,
    total: 25,
    items: [],
    createdAt: '2026-11-20T10:00:00Z',
    timeline: moves.map(([from, to], index) => ({
      from,
      to,
      note: to === 'SHIPPED' ? 'UPS 1Z999' : to === 'PENDING' ? 'Order placed' : null,
      at: `2026-11-2${index}T10:00:00Z`,
    })),
  };
}

describe('OrderTimeline', () => {
  it('shows the steps taken, the current one, and the usual steps still ahead', () => {
    render(
      <OrderTimeline
        order={order('SHIPPED', [
          [null, 'PENDING'],
          ['PENDING', 'PAID'],
          ['PAID', 'SHIPPED'],
        ])}
      />,
    );
    const steps = within(screen.getByRole('list', { name: 'Order progress' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((step) => step.querySelector('strong')?.textContent)).toEqual([
      'Order placed',
      'Paid',
      'Shipped',
      'Delivered',
    ]);
    // The placing's note says what its label says already: shown once.
    expect(within(steps[0]!).getAllByText('Order placed')).toHaveLength(1);
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    expect(steps[2]).toHaveTextContent('UPS 1Z999');
    expect(steps[3]).toHaveClass('timeline__step--ahead');
  });

  it('a cancelled order shows only what happened', () => {
    render(
      <OrderTimeline
        order={order('CANCELLED', [
          [null, 'PENDING'],
          ['PENDING', 'CANCELLED'],
        ])}
      />,
    );
    const steps = screen.getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[1]).toHaveTextContent('Cancelled');
  });
});
