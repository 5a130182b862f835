import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { useCartStore } from '../store/cart-store';
import { AddToCartButton, addToCartState } from './add-to-cart-button';

function availability(available: number, inCart: number, canAddMore = inCart < available) {
  server.use(
    http.get('/api/products/:id/availability', () =>
      HttpResponse.json({ available, inCart, canAddMore }),
    ),
  );
}

const cart = (quantity: number) => ({
  shops: [
    {
      shopId: 1,
      shopName: 'Shop',
      items: [
        { cartItemId: 1, productId: 5, title: 'Vase', price: 40, quantity, availableQuantity: 3 },
      ],
      subtotal: 40 * quantity,
    },
  ],
  itemTotal: 40 * quantity,
  itemCount: quantity,
});

describe('addToCartState', () => {
  it('maps stock and cart to the four states', () => {
    expect(addToCartState({ available: 0, inCart: 0 })).toBe('sold-out');
    expect(addToCartState({ available: 0, inCart: 0, held: 0 })).toBe('sold-out');
    expect(addToCartState({ available: 0, inCart: 0, held: 1 })).toBe('held');
    expect(addToCartState({ available: 1, inCart: 1 })).toBe('view-in-cart');
    expect(addToCartState({ available: 3, inCart: 1 })).toBe('add-another');
    expect(addToCartState({ available: 3, inCart: 0 })).toBe('add-to-cart');
    expect(addToCartState({ available: 3, inCart: 3, canAddMore: false })).toBe('view-in-cart');
  });
});

describe('AddToCartButton', () => {
  beforeEach(() => {
    useCartStore.setState({ shops: [], itemTotal: 0, itemCount: 0, error: null, owner: 'server' });
  });

  it('Sold out: disabled', async () => {
    availability(0, 0);
    await renderWithProviders(<AddToCartButton productId={5} stock={1} />);

    const button = await screen.findByRole('button', { name: 'Sold out' });
    expect(button).toBeDisabled();
    expect(screen.queryByText(/one-of-a-kind/)).not.toBeInTheDocument();
  });

  it("the last one in another buyer's checkout: when it may be back instead of Sold out", async () => {
    const heldUntil = '2026-12-03T15:40:00Z';
    server.use(
      http.get('/api/products/:id/availability', () =>
        HttpResponse.json({ available: 0, inCart: 0, canAddMore: false, held: 1, heldUntil }),
      ),
    );
    await renderWithProviders(<AddToCartButton productId={5} stock={1} />);

    const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(
      new Date(heldUntil),
    );
    const button = await screen.findByRole('button', { name: "In someone's checkout" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      `Someone is checking out the last one — it may be available again at ${time}`,
    );
    expect(screen.queryByRole('button', { name: 'Sold out' })).not.toBeInTheDocument();
  });

  it('Already in cart and one of a kind: a link to the cart', async () => {
    availability(1, 1, false);
    await renderWithProviders(<AddToCartButton productId={5} stock={1} />);

    const link = await screen.findByRole('link', { name: 'View in cart' });
    expect(link).toHaveAttribute('href', '/cart');
  });

  it('In cart with more available: Add another', async () => {
    availability(3, 1);
    await renderWithProviders(<AddToCartButton productId={5} stock={3} />);

    expect(await screen.findByRole('button', { name: 'Add another' })).toBeEnabled();
  });

  it('Not in cart: Add to cart, with the one-of-a-kind note', async () => {
    availability(1, 0);
    await renderWithProviders(<AddToCartButton productId={5} stock={1} />);

    expect(await screen.findByRole('button', { name: 'Add to cart' })).toBeEnabled();
    expect(screen.getByText('Only 1 available - this is a one-of-a-kind item')).toBeInTheDocument();
  });

  it('uses the listing stock until the availability check answers, or when it cannot', async () => {
    server.use(
      http.get('/api/products/:id/availability', () =>
        problem(404, '/problems/not-found', 'Not here.'),
      ),
    );
    await renderWithProviders(<AddToCartButton productId={5} stock={2} />);

    expect(await screen.findByRole('button', { name: 'Add to cart' })).toBeEnabled();
  });

  it('adds the item and moves on to Add another', async () => {
    let inCart = 0;
    server.use(
      http.get('/api/products/:id/availability', () =>
        HttpResponse.json({ available: 3, inCart, canAddMore: inCart < 3 }),
      ),
      http.post('/api/cart/items', () => {
        inCart = 1;
        return HttpResponse.json(cart(1));
      }),
    );
    await renderWithProviders(<AddToCartButton productId={5} stock={3} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Add to cart' }));

    expect(await screen.findByRole('button', { name: 'Add another' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('Added to your cart.');
    expect(useCartStore.getState().itemCount).toBe(1);
  });

  it('shows "Only N available" from the API under the button', async () => {
    availability(2, 0);
    server.use(
      http.post('/api/cart/items', () =>
        problem(409, '/problems/insufficient-stock', 'Not enough in stock.', {
          available: 2,
          inCart: 2,
        }),
      ),
    );
    await renderWithProviders(<AddToCartButton productId={5} stock={2} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Add to cart' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Only 2 available'));
    expect(screen.getByRole('button', { name: 'Add to cart' })).toHaveAccessibleDescription(
      'Only 2 available',
    );
  });
});
