import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { problem, server } from '@/testing/server';
import type { Cart } from '../api/types';
import { CART_STORAGE_KEY, useCartStore } from './cart-store';

const serverCart: Cart = {
  shops: [
    {
      shopId: 7,
      shopName: 'Vintage Finds',
      shippingPolicy: 'Ships in 3 days',
      items: [
        {
          cartItemId: 70,
          productId: 1,
          title: 'Brass candle holder',
          price: 25,
          quantity: 1,
          availableQuantity: 1,
          image: null,
        },
      ],
      subtotal: 25,
    },
    {
      shopId: 9,
      shopName: 'Clay & Co',
      shippingPolicy: null,
      items: [
        {
          cartItemId: 90,
          productId: 2,
          title: 'Speckled mug',
          price: 33.33,
          quantity: 3,
          availableQuantity: 5,
          image: null,
        },
      ],
      subtotal: 99.99,
    },
  ],
  itemTotal: 124.99,
  itemCount: 4,
  shippingTotal: 0,
  total: 124.99,
  country: null,
};

const serverState = { shops: serverCart.shops, itemTotal: 124.99, itemCount: 4 };

function product(id: number, shopId: number, quantity: number, price = 10) {
  return {
    id,
    title: `Product ${id}`,
    description: '',
    price,
    quantity,
    isVintage: false,
    tags: [],
    images: [{ url: `/api/images/${id}` }],
    shop: { id: shopId, slug: `shop-${shopId}`, name: `Shop ${shopId}` },
  };
}

const unauthenticated = () => problem(401, '/problems/unauthenticated', 'Please sign in.');

function resetStore(owner: 'local' | 'server') {
  useCartStore.setState({
    shops: [],
    itemTotal: 0,
    itemCount: 0,
    isLoading: false,
    error: null,
    owner,
  });
}

describe('cart store, signed in (server cart)', () => {
  beforeEach(() => resetStore('server'));

  it('fetchCart takes the grouped cart from the API', async () => {
    server.use(http.get('/api/cart', () => HttpResponse.json(serverCart)));

    await useCartStore.getState().fetchCart();

    const state = useCartStore.getState();
    expect(state.shops.map((shop) => shop.shopName)).toEqual(['Vintage Finds', 'Clay & Co']);
    expect(state.itemCount).toBe(4);
    expect(state.itemTotal).toBe(124.99);
    expect(state.isLoading).toBe(false);
    expect(state.error).toBeNull();
    expect(state.owner).toBe('server');
  });

  it('addItem posts the product and quantity with the CSRF header', async () => {
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.post('/api/cart/items', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-Requested-With') };
        return HttpResponse.json(serverCart);
      }),
    );

    await useCartStore.getState().addItem(2, 3);

    expect(sent).toEqual({ body: { productId: 2, quantity: 3 }, csrf: 'XMLHttpRequest' });
    expect(useCartStore.getState().itemCount).toBe(4);
  });

  it('addItem turns the problem with `available` into "Only N available"', async () => {
    server.use(
      http.post('/api/cart/items', () =>
        problem(409, '/problems/insufficient-stock', 'Not enough in stock.', {
          available: 1,
          inCart: 1,
        }),
      ),
    );

    await expect(useCartStore.getState().addItem(1)).rejects.toThrow('Only 1 available');

    expect(useCartStore.getState().error).toBe('Only 1 available');
    expect(useCartStore.getState().isLoading).toBe(false);
  });

  it('updateQuantity shows the change at once and takes the server answer', async () => {
    useCartStore.setState({ ...serverState, owner: 'server' });
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.put('/api/cart/items/2', async () => {
        await answered;
        return HttpResponse.json({
          ...serverCart,
          shops: [
            serverCart.shops[0],
            {
              ...serverCart.shops[1],
              items: [{ ...serverCart.shops[1]!.items[0], quantity: 1 }],
              subtotal: 33.33,
            },
          ],
          itemTotal: 58.33,
          itemCount: 2,
        });
      }),
    );

    const update = useCartStore.getState().updateQuantity(2, 1);
    expect(useCartStore.getState().itemCount).toBe(2);
    expect(useCartStore.getState().itemTotal).toBe(58.33);
    release();
    await update;

    expect(useCartStore.getState().itemTotal).toBe(58.33);
    expect(useCartStore.getState().isLoading).toBe(false);
  });

  it('updateQuantity rolls back and explains when the API refuses', async () => {
    useCartStore.setState({ ...serverState, owner: 'server' });
    server.use(
      http.put('/api/cart/items/2', () =>
        problem(409, '/problems/insufficient-stock', 'Not enough in stock.', {
          available: 5,
          inCart: 3,
        }),
      ),
    );

    await expect(useCartStore.getState().updateQuantity(2, 9)).rejects.toThrow('Only 5 available');

    expect(useCartStore.getState().itemCount).toBe(4);
    expect(useCartStore.getState().error).toBe('Only 5 available');
  });

  it('removeItem deletes the item and shows the rest', async () => {
    useCartStore.setState({ ...serverState, owner: 'server' });
    server.use(
      http.delete('/api/cart/items/1', () =>
        HttpResponse.json({ shops: [serverCart.shops[1]], itemTotal: 99.99, itemCount: 3 }),
      ),
    );

    await useCartStore.getState().removeItem(1);

    expect(useCartStore.getState().shops.map((shop) => shop.shopId)).toEqual([9]);
    expect(useCartStore.getState().itemCount).toBe(3);
  });

  it('clearCart empties the cart without a request', () => {
    useCartStore.setState({ ...serverState, owner: 'server' });

    useCartStore.getState().clearCart();

    expect(useCartStore.getState()).toMatchObject({ shops: [], itemTotal: 0, itemCount: 0 });
  });

  it('a failed fetch keeps the cart and reports a friendly error, never raw JSON', async () => {
    useCartStore.setState({ ...serverState, owner: 'server' });
    server.use(
      http.get('/api/cart', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );

    await useCartStore.getState().fetchCart();

    expect(useCartStore.getState().itemCount).toBe(4);
    expect(useCartStore.getState().error).toBe(
      'Something went wrong on our side. Please try again.',
    );
  });
});

describe('cart store, visitor (local cart)', () => {
  beforeEach(() => resetStore('local'));

  it('fetchCart keeps a visitor cart local when the API answers 401', async () => {
    server.use(http.get('/api/cart', unauthenticated));
    useCartStore.setState({ shops: serverCart.shops, owner: 'local' });

    await useCartStore.getState().fetchCart();

    expect(useCartStore.getState().owner).toBe('local');
    expect(useCartStore.getState().itemCount).toBe(4);
    expect(useCartStore.getState().itemTotal).toBe(124.99);
  });

  it('fetchCart drops a signed-in copy once the session is gone', async () => {
    server.use(http.get('/api/cart', unauthenticated));
    useCartStore.setState({ ...serverState, owner: 'server' });

    await useCartStore.getState().fetchCart();

    expect(useCartStore.getState()).toMatchObject({ owner: 'local', shops: [], itemCount: 0 });
  });

  it('addItem groups a visitor cart by shop with exact subtotals', async () => {
    server.use(
      http.get('/api/products/:id', ({ params }) => {
        const id = Number(params.id);
        return HttpResponse.json(id === 3 ? product(3, 20, 1, 0.1) : product(id, 21, 5, 0.2));
      }),
    );

    await useCartStore.getState().addItem(3);
    await useCartStore.getState().addItem(4, 2);
    await useCartStore.getState().addItem(4);

    const state = useCartStore.getState();
    expect(state.shops.map((shop) => [shop.shopName, shop.subtotal])).toEqual([
      ['Shop 20', 0.1],
      ['Shop 21', 0.6],
    ]);
    expect(state.itemTotal).toBe(0.7);
    expect(state.itemCount).toBe(4);
    expect(state.shops[1]!.items[0]).toMatchObject({
      productId: 4,
      quantity: 3,
      availableQuantity: 5,
    });
  });

  it('addItem refuses more than the stock: "Only 1 available"', async () => {
    server.use(http.get('/api/products/:id', () => HttpResponse.json(product(3, 20, 1))));
    await useCartStore.getState().addItem(3);

    await expect(useCartStore.getState().addItem(3)).rejects.toThrow('Only 1 available');
    expect(useCartStore.getState().itemCount).toBe(1);
    expect(useCartStore.getState().error).toBe('Only 1 available');
  });

  it('persists under "etsy-cart"', async () => {
    server.use(http.get('/api/products/:id', () => HttpResponse.json(product(3, 20, 2))));

    await useCartStore.getState().addItem(3);

    const stored = JSON.parse(localStorage.getItem(CART_STORAGE_KEY) ?? '{}');
    expect(stored.state).toMatchObject({ itemCount: 1, owner: 'local' });
    expect(stored.state.isLoading).toBeUndefined();
  });

  it('mergeLocalCart moves the items into the server cart and reports what could not be added', async () => {
    server.use(
      http.get('/api/products/:id', ({ params }) =>
        HttpResponse.json(product(Number(params.id), 20, 4)),
      ),
    );
    await useCartStore.getState().addItem(1);
    await useCartStore.getState().addItem(2, 3);
    await useCartStore.getState().addItem(5);

    const posted: unknown[] = [];
    server.use(
      http.post('/api/cart/items', async ({ request }) => {
        const body = (await request.json()) as { productId: number; quantity: number };
        posted.push(body);
        if (body.productId === 2 && body.quantity === 3) {
          return problem(409, '/problems/insufficient-stock', 'Not enough.', {
            available: 2,
            inCart: 0,
          });
        }
        if (body.productId === 5) return problem(404, '/problems/not-found', 'No such listing.');
        return HttpResponse.json(serverCart);
      }),
      http.get('/api/cart', () => HttpResponse.json(serverCart)),
    );

    const report = await useCartStore.getState().mergeLocalCart();

    expect(posted).toEqual([
      { productId: 1, quantity: 1 },
      { productId: 2, quantity: 3 },
      { productId: 2, quantity: 2 },
      { productId: 5, quantity: 1 },
    ]);
    expect(report.merged).toBe(1);
    expect(report.problems).toEqual([
      { productId: 2, title: 'Product 2', requested: 3, added: 2, message: 'Only 2 available' },
      { productId: 5, title: 'Product 5', requested: 1, added: 0, message: 'No longer available' },
    ]);
    expect(useCartStore.getState()).toMatchObject({ owner: 'server', itemCount: 4 });
  });

  it('mergeLocalCart keeps the visitor cart when the API says they are not signed in', async () => {
    server.use(http.get('/api/products/:id', () => HttpResponse.json(product(1, 20, 4))));
    await useCartStore.getState().addItem(1);
    server.use(http.post('/api/cart/items', unauthenticated));

    await expect(useCartStore.getState().mergeLocalCart()).rejects.toThrow();

    expect(useCartStore.getState()).toMatchObject({ owner: 'local', itemCount: 1 });
  });
});
