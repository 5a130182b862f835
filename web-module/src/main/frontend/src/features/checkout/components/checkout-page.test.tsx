import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import type { CheckoutShop } from '../api/types';
import { CheckoutPage } from './checkout-page';

const shops: CheckoutShop[] = [
  {
    shopId: 1,
    shopName: 'Vintage Finds',
    items: [{ cartItemId: 1, productId: 10, title: 'Brass lamp', price: 25, quantity: 1 }],
    subtotal: 25,
  },
  {
    shopId: 2,
    shopName: 'Clay & Co',
    items: [{ cartItemId: 2, productId: 20, title: 'Mug', price: 50, quantity: 2 }],
    subtotal: 100,
  },
];

async function fillAddress() {
  await userEvent.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await userEvent.type(screen.getByLabelText('Street address'), '12 Analytical Row');
  await userEvent.type(screen.getByLabelText('Town or city'), 'London');
  await userEvent.type(screen.getByLabelText('Postal code'), 'N1 9GU');
}

function renderCheckout(onPlaced = vi.fn(), onItemsUnavailable = vi.fn()) {
  return renderWithProviders(
    <CheckoutPage
      shops={shops}
      itemTotal={125}
      onPlaced={onPlaced}
      onItemsUnavailable={onItemsUnavailable}
    />,
    { path: '/checkout' },
  );
}

describe('CheckoutPage', () => {
  it('lays out the shops, subtotals and total of the design document', async () => {
    await renderCheckout();

    expect(screen.getByText('Your order will be shipped from 2 shops')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Shop: Vintage Finds' })).toBeInTheDocument();
    expect(screen.getByText('Subtotal: $100.00')).toBeInTheDocument();
    expect(screen.getByText('$125.00')).toBeInTheDocument();
    expect(screen.getByText('+ shipping calculated per shop')).toBeInTheDocument();
  });

  it('validates the address before sending anything', async () => {
    const onPlaced = vi.fn();
    await renderCheckout(onPlaced);

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(
      'Enter the name of the person receiving the parcel',
    );
    expect(screen.getByLabelText('Postal code')).toHaveAttribute('aria-invalid', 'true');
    expect(onPlaced).not.toHaveBeenCalled();
  });

  it('sends one idempotency key per submission and reuses it when retrying after a network failure', async () => {
    const keys: (string | null)[] = [];
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/checkout', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        bodies.push(await request.json());
        if (keys.length === 1) return HttpResponse.error();
        return HttpResponse.json({ success: true, orders: [{ id: 7 }, { id: 8 }], totalPaid: 125 });
      }),
    );
    const onPlaced = vi.fn();
    await renderCheckout(onPlaced);
    await fillAddress();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach Handmade Market");
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(keys[0]).toMatch(/^checkout:\d+:[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(bodies[1]).toEqual({
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '12 Analytical Row',
        city: 'London',
        postalCode: 'N1 9GU',
        country: 'US',
      },
      payment: { cardNumber: '4242424242424242' },
    });
    expect(onPlaced.mock.calls[0]![0].orders.map((order: { id: number }) => order.id)).toEqual([
      7, 8,
    ]);
  });

  it('lists the unavailable items, refreshes the cart and uses a new key for the next submission', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post('/api/checkout', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return problem(409, '/problems/items-unavailable', 'Some items are no longer available.', {
          unavailableItems: [{ productId: 10, title: 'Brass lamp', requested: 1, available: 0 }],
        });
      }),
    );
    const onItemsUnavailable = vi.fn();
    await renderCheckout(vi.fn(), onItemsUnavailable);
    await fillAddress();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Brass lamp: you asked for 1, it has sold out',
    );
    expect(onItemsUnavailable).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('shows a declined payment in words', async () => {
    server.use(
      http.post('/api/checkout', () =>
        problem(402, '/problems/payment-declined', 'Your card has insufficient funds.'),
      ),
    );
    await renderCheckout();
    await fillAddress();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your card has insufficient funds.');
  });
});
