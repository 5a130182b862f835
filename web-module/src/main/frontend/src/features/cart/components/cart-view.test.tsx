import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { Cart, CartShopGroup } from '../api/types';
import { useCartStore } from '../store/cart-store';
import { CartView } from './cart-view';

const groups: CartShopGroup[] = [
  {
    shopId: 7,
    shopName: 'Oak & Ash',
    items: [
      {
        cartItemId: 1,
        productId: 42,
        title: 'Oak ring',
        price: 24,
        quantity: 2,
        availableQuantity: 3,
        image: null,
      },
    ],
    subtotal: 48,
  },
  {
    shopId: 9,
    shopName: 'Clay & Co',
    items: [
      {
        cartItemId: 2,
        productId: 43,
        title: 'Mug',
        price: 30,
        quantity: 1,
        availableQuantity: 5,
        image: null,
      },
    ],
    subtotal: 30,
  },
];

/** Oak & Ash: $5 domestic ($2 short of free), $22 abroad; Clay & Co does not ship abroad. */
function quote(country: string | null): Cart {
  const abroad = country !== null && country !== 'US';
  return {
    country,
    itemCount: 3,
    itemTotal: 78,
    shippingTotal: abroad ? 22 : 5,
    total: abroad ? 100 : 83,
    shops: [
      {
        ...groups[0]!,
        shipping: {
          destinationCountry: country,
          shipsFrom: 'US',
          ships: true,
          amount: abroad ? 22 : 5,
          freeShippingThreshold: abroad ? null : 50,
          freeShippingRemaining: abroad ? null : 2,
          estimatedDelivery: { from: '2026-12-10', to: '2026-12-24' },
        },
      },
      {
        ...groups[1]!,
        shipping: {
          destinationCountry: country,
          shipsFrom: 'US',
          ships: !abroad,
          amount: 0,
          freeShippingThreshold: abroad ? null : 25,
          freeShippingRemaining: abroad ? null : 0,
          estimatedDelivery: abroad ? null : { from: '2026-12-08', to: '2026-12-08' },
        },
      },
    ],
  };
}

let asked: (string | null)[];

beforeEach(() => {
  asked = [];
  useCartStore.setState({
    shops: groups,
    itemTotal: 78,
    itemCount: 3,
    isLoading: false,
    error: null,
    owner: 'server',
    shippingCountry: null,
  });
  server.use(
    http.get('/api/cart', ({ request }) => {
      const country = new URL(request.url).searchParams.get('country');
      asked.push(country);
      return HttpResponse.json(quote(country));
    }),
  );
});

const summary = () => within(screen.getByRole('complementary', { name: 'Order summary' }));

describe('CartView', () => {
  it('shows each shop’s shipping, the free-shipping threshold and the delivery window', async () => {
    await renderWithProviders(<CartView defaultCountry={null} />, { path: '/cart' });

    expect(await screen.findByText('Shipping: $5.00')).toBeInTheDocument();
    expect(screen.getByText('Add $2.00 more from Oak & Ash for free shipping')).toBeInTheDocument();
    expect(screen.getByText('Arrives Dec 10 – Dec 24')).toBeInTheDocument();
    expect(screen.getByText('Free shipping')).toBeInTheDocument();
    expect(screen.getByText('Arrives Dec 8')).toBeInTheDocument();
    expect(screen.getByText('2 × $24.00')).toBeInTheDocument();
    expect(summary().getByText('Shipping estimated for domestic delivery')).toBeInTheDocument();
    expect(summary().getByText('$78.00')).toBeInTheDocument();
    expect(summary().getByText('$83.00')).toBeInTheDocument();
    expect(asked).toEqual([null]);
  });

  it('quotes for the last order’s country, asks again for a chosen one and blocks checkout where a shop does not ship', async () => {
    await renderWithProviders(<CartView defaultCountry="US" />, { path: '/cart' });
    expect(await screen.findByText('Shipping to United States: $5.00')).toBeInTheDocument();
    expect(summary().getByLabelText('Ship to')).toHaveValue('US');

    await userEvent.selectOptions(summary().getByLabelText('Ship to'), 'GB');

    expect(await screen.findByText('Shipping to United Kingdom: $22.00')).toBeInTheDocument();
    expect(screen.getAllByText("Doesn't ship to United Kingdom")).toHaveLength(1);
    expect(summary().getByText('$100.00')).toBeInTheDocument();
    expect(summary().getByRole('button', { name: 'Proceed to checkout' })).toBeDisabled();
    expect(summary().getByText(/Clay & Co doesn't ship to United Kingdom/)).toBeInTheDocument();
    expect(asked).toEqual(['US', 'GB']);
    expect(useCartStore.getState().shippingCountry).toBe('GB');
  });

  it('waits for the last order’s country before quoting', async () => {
    await renderWithProviders(<CartView defaultCountry={undefined} />, { path: '/cart' });
    expect(screen.getAllByText(/Calculating shipping from/)).toHaveLength(2);
    expect(asked).toEqual([]);
  });

  it('leaves shipping to checkout for a visitor’s cart', async () => {
    useCartStore.setState({ owner: 'local' });
    await renderWithProviders(<CartView defaultCountry={null} />, { path: '/cart' });

    expect(screen.getAllByText('Shipping is calculated at checkout')).toHaveLength(2);
    expect(summary().getByText('Calculated at checkout')).toBeInTheDocument();
    expect(summary().queryByLabelText('Ship to')).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
