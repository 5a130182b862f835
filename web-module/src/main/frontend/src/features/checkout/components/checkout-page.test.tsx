import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { ADDRESS_DRAFT_KEY } from '../address-draft';
import type { CheckoutCart, CheckoutShop, Hold } from '../api/types';
import { CheckoutPage } from './checkout-page';

// Stripe's fields live in Stripe's iframes; here a stand-in Stripe.js makes and authenticates.
const stripe = vi.hoisted(() => ({
  createPaymentMethod: vi.fn(),
  handleNextAction: vi.fn(),
}));
vi.mock('@stripe/stripe-js', () => ({ loadStripe: vi.fn(() => Promise.resolve(stripe)) }));
vi.mock('@stripe/react-stripe-js', () => ({
  Elements: ({ children }: { children: React.ReactNode }) => children,
  CardElement: () => <input aria-label="Card details" />,
  useStripe: () => stripe,
  useElements: () => ({ getElement: () => ({ card: true }) }),
}));

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

/** The cart priced for a country: $5 + $7.50 domestic, $18 + $22 abroad, Clay & Co not to Japan. */
function pricedCart(country: string | null, mugPrice = 50): CheckoutCart {
  const abroad = country !== null && country !== 'US';
  const japan = country === 'JP';
  const lamp = abroad ? 18 : 5;
  const mugs = japan ? 0 : abroad ? 22 : 7.5;
  const mugTotal = mugPrice * 2;
  return {
    country,
    itemCount: 3,
    itemTotal: 25 + mugTotal,
    shippingTotal: lamp + mugs,
    total: 25 + mugTotal + lamp + mugs,
    shops: [
      {
        ...shops[0]!,
        shipping: {
          destinationCountry: country,
          shipsFrom: 'US',
          ships: true,
          amount: lamp,
          freeShippingThreshold: abroad ? null : 50,
          freeShippingRemaining: abroad ? null : 25,
          estimatedDelivery: { from: '2026-12-10', to: '2026-12-24' },
        },
      },
      {
        ...shops[1]!,
        items: [{ ...shops[1]!.items[0]!, price: mugPrice }],
        subtotal: mugTotal,
        shipping: {
          destinationCountry: country,
          shipsFrom: 'US',
          ships: !japan,
          amount: mugs,
          freeShippingThreshold: null,
          freeShippingRemaining: null,
          estimatedDelivery: japan ? null : { from: '2026-12-08', to: '2026-12-12' },
        },
      },
    ],
  };
}

interface Recorded {
  holds: (string | null)[];
  releases: number;
  checkouts: { key: string | null; body: Record<string, unknown> }[];
}

/** The hold answers with the cart priced for the posted country, ending `holdFor` ms from now. */
function serveHold(recorded: Recorded, holdFor = 9 * 60_000 + 41_000) {
  const expiresAt = new Date(Date.now() + holdFor).toISOString();
  server.use(
    http.post('/api/checkout/hold', async ({ request }) => {
      const body = (await request.json()) as { country?: string };
      const country = body.country ?? null;
      recorded.holds.push(country);
      const hold: Hold = { expiresAt, holdMinutes: 10, cart: pricedCart(country) };
      return HttpResponse.json(hold);
    }),
    http.delete('/api/checkout/hold', () => {
      recorded.releases += 1;
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

const SANDBOX_METHODS = [
  { id: 'pm_card_visa', label: 'Visa, approved', outcome: 'approved' },
  {
    id: 'pm_card_chargeDeclinedInsufficientFunds',
    label: 'Visa, insufficient funds',
    outcome: 'declined',
  },
  {
    id: 'pm_card_authenticationRequired',
    label: 'Visa, asks for authentication',
    outcome: 'authentication required',
  },
];

/** The payment provider as `GET /api/payments/options` names it, with the sandbox's methods. */
function servePayments(provider: 'sandbox' | 'stripe' | 'none' = 'sandbox') {
  server.use(
    http.get('/api/payments/options', () =>
      HttpResponse.json({
        provider,
        available: provider !== 'none',
        publishableKey: provider === 'stripe' ? 'pk_test_storefront' : null,
      }),
    ),
    http.get('/api/payments/sandbox/payment-methods', () =>
      provider === 'sandbox'
        ? HttpResponse.json(SANDBOX_METHODS)
        : problem(404, '/problems/not-found', 'The sandbox is not the provider.'),
    ),
  );
}

const CHECKOUT_ID = '6f1c2a9e-0000-4000-8000-000000000001';

/** 202: the orders exist and the payment waits (for the buyer's authentication, if asked). */
const pending = (authentication: { provider: string; clientSecret: string } | null) =>
  HttpResponse.json(
    {
      success: false,
      checkoutId: CHECKOUT_ID,
      payment: 'PENDING',
      authentication,
      orders: [{ orderId: 7 }, { orderId: 8 }],
      total: 137.5,
      totalPaid: 0,
    },
    { status: 202 },
  );

function record(): Recorded {
  return { holds: [], releases: 0, checkouts: [] };
}

function serveCheckout(recorded: Recorded, answer: (index: number) => Response) {
  server.use(
    http.post('/api/checkout', async ({ request }) => {
      recorded.checkouts.push({
        key: request.headers.get('Idempotency-Key'),
        body: (await request.json()) as Record<string, unknown>,
      });
      return answer(recorded.checkouts.length - 1);
    }),
  );
}

const placed = () =>
  HttpResponse.json(
    {
      success: true,
      orders: [{ orderId: 7 }, { orderId: 8 }],
      total: 137.5,
      totalPaid: 137.5,
    },
    { status: 201 },
  );

async function fillAddress() {
  await userEvent.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await userEvent.type(screen.getByLabelText('Street address'), '12 Analytical Row');
  await userEvent.type(screen.getByLabelText('Town or city'), 'Portland');
  await userEvent.type(screen.getByLabelText('State or region (optional)'), 'OR');
  await userEvent.type(screen.getByLabelText('Postal code'), '97201');
}

function renderCheckout({
  onPlaced = vi.fn(),
  onItemsUnavailable = vi.fn(),
  prefill = { country: 'US' } as Parameters<typeof CheckoutPage>[0]['prefill'],
} = {}) {
  return renderWithProviders(
    <CheckoutPage
      shops={shops}
      itemTotal={125}
      prefill={prefill}
      onPlaced={onPlaced}
      onItemsUnavailable={onItemsUnavailable}
    />,
    { path: '/checkout' },
  );
}

const totals = () => within(screen.getByRole('button', { name: 'Place order' }).closest('form')!);

beforeEach(() => {
  sessionStorage.clear();
  stripe.createPaymentMethod.mockReset();
  stripe.handleNextAction.mockReset();
  servePayments();
});
afterEach(() => vi.useRealTimers());

describe('CheckoutPage', () => {
  it('holds the items for the address country and shows the countdown, shipping per shop and the total', async () => {
    const recorded = record();
    serveHold(recorded);
    await renderCheckout();

    expect(await screen.findByRole('timer')).toHaveTextContent(/^Items held for you for 9:4\d$/);
    expect(recorded.holds).toEqual(['US']);
    expect(screen.getByText('Your order will be shipped from 2 shops')).toBeInTheDocument();
    expect(screen.getByText('Shipping to United States: $5.00')).toBeInTheDocument();
    expect(
      screen.getByText('Add $25.00 more from Vintage Finds for free shipping'),
    ).toBeInTheDocument();
    expect(screen.getByText('Arrives Dec 10 – Dec 24')).toBeInTheDocument();
    expect(screen.getByText('Shipping to United States: $7.50')).toBeInTheDocument();
    expect(screen.getByText('(2 × $50.00)')).toBeInTheDocument();
    expect(totals().getByText('$12.50')).toBeInTheDocument();
    expect(totals().getByText('$137.50')).toBeInTheDocument();
  });

  it('re-quotes the hold when the country changes and shows the new shipping and total', async () => {
    const recorded = record();
    serveHold(recorded);
    await renderCheckout();
    await screen.findByText('Shipping to United States: $5.00');

    await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');

    expect(await screen.findByText('Shipping to United Kingdom: $18.00')).toBeInTheDocument();
    expect(screen.getByText('Shipping to United Kingdom: $22.00')).toBeInTheDocument();
    expect(totals().getByText('$165.00')).toBeInTheDocument();
    expect(recorded.holds).toEqual(['US', 'GB']);
    expect(screen.getByRole('timer')).toHaveTextContent(/for 9:[34]\d$/);
  });

  it('says when a shop does not ship to the country and keeps the order from being placed', async () => {
    const recorded = record();
    serveHold(recorded);
    await renderCheckout({ prefill: { country: 'JP' } });

    expect(await screen.findByText("Doesn't ship to Japan")).toBeInTheDocument();
    expect(
      screen.getByText(/Clay & Co doesn't ship to Japan\. Choose another country/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeDisabled();
  });

  it('tells the buyer when the hold has ended and holds again on request', async () => {
    const recorded = record();
    serveHold(recorded, -1000);
    await renderCheckout();

    expect(
      await screen.findByText(
        'Your hold has ended: the items are no longer reserved for you. You can still check out if they are available.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeEnabled();
    serveHold(recorded);
    await userEvent.click(screen.getByRole('button', { name: 'Hold again' }));

    expect(await screen.findByRole('timer')).toHaveTextContent(/^Items held for you for 9:4\d$/);
    expect(recorded.holds).toEqual(['US', 'US']);
  });

  it('sends the total shown as expectedTotal, one key per submission, the same key after a network failure', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, (index) => (index === 0 ? HttpResponse.error() : placed()));
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't reach Handmade Market");
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    const [first, second] = recorded.checkouts;
    expect(first!.key).toMatch(/^checkout:\d+:[0-9a-f-]{36}$/);
    expect(second!.key).toBe(first!.key);
    expect(second!.body).toEqual({
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '12 Analytical Row',
        city: 'Portland',
        region: 'OR',
        postalCode: '97201',
        country: 'US',
      },
      payment: { paymentMethodId: 'pm_card_visa' },
      expectedTotal: 137.5,
    });
  });

  it('shows what changed when the total moved and confirms the new total with a new key', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, (index) =>
      index === 0
        ? problem(409, '/problems/totals-changed', 'The total has changed.', {
            expectedTotal: 137.5,
            total: 152.5,
            changes: [
              { kind: 'price', productId: 20, title: 'Mug', was: 50, now: 57.5 },
              { kind: 'shipping', shopId: 2, shopName: 'Clay & Co', was: 7.5, now: 7.5 },
            ],
            cart: pricedCart('US', 57.5),
          })
        : placed(),
    );
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('The total has changed since you last saw it.');
    expect(within(banner).getByText('Mug: $50.00 → $57.50')).toBeInTheDocument();
    expect(within(banner).getByText('Shipping from Clay & Co: $7.50 → $7.50')).toBeInTheDocument();
    expect(banner).toHaveTextContent('New total: $152.50 (was $137.50)');
    expect(totals().getByText('$152.50')).toBeInTheDocument();
    expect(onPlaced).not.toHaveBeenCalled();

    await userEvent.click(within(banner).getByRole('button', { name: 'Confirm new total' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(recorded.checkouts[1]!.body.expectedTotal).toBe(152.5);
    expect(recorded.checkouts[1]!.key).not.toBe(recorded.checkouts[0]!.key);
  });

  it('names who holds an unavailable item and until when, and refreshes the cart', async () => {
    const recorded = record();
    serveHold(recorded);
    const heldUntil = '2026-12-03T15:40:00Z';
    serveCheckout(recorded, () =>
      problem(409, '/problems/items-unavailable', 'Some items are no longer available.', {
        unavailableItems: [
          { productId: 10, title: 'Brass lamp', requested: 1, available: 0, heldUntil },
          { productId: 20, title: 'Mug', requested: 2, available: 0, heldUntil: null },
        ],
      }),
    );
    const onItemsUnavailable = vi.fn();
    await renderCheckout({ onItemsUnavailable });
    await fillAddress();
    await screen.findByRole('timer');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(
      new Date(heldUntil),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Brass lamp: you asked for 1, it is held by another buyer until ${time}`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Mug: you asked for 2, it has sold out');
    expect(onItemsUnavailable).toHaveBeenCalledOnce();
  });

  it('says a declined card charged nothing and lets the buyer try another method with a new key', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, (index) =>
      index === 0
        ? problem(402, '/problems/payment-declined', 'The payment was declined.')
        : placed(),
    );
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your card was declined. Nothing was charged and no order was placed.',
    );
    await userEvent.click(screen.getByRole('radio', { name: /asks for authentication/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(recorded.checkouts[1]!.key).not.toBe(recorded.checkouts[0]!.key);
    expect(recorded.checkouts[1]!.body.payment).toEqual({
      paymentMethodId: 'pm_card_authenticationRequired',
    });
  });

  it('offers the sandbox test methods, the first chosen, and says no real card is charged', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, placed);
    await renderCheckout();

    const methods = await screen.findByRole('radiogroup', { name: 'Test payment method' });
    expect(screen.getByText('Sandbox: no real card is charged.')).toBeInTheDocument();
    expect(within(methods).getAllByRole('radio')).toHaveLength(3);
    expect(within(methods).getByRole('radio', { name: /Visa, approved/ })).toBeChecked();
    expect(within(methods).getByText('(declined)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
  });

  it('says checkout is closed and keeps the button disabled when no provider takes payments', async () => {
    const recorded = record();
    serveHold(recorded);
    servePayments('none');
    await renderCheckout();
    await screen.findByRole('timer');

    expect(
      await screen.findByText(/Checkout is closed: Handmade Market cannot take payments right now/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeDisabled();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('goes to the confirmation of a payment still pending when the provider did not answer', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, () => pending(null));
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');
    await screen.findByRole('radiogroup');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(onPlaced.mock.calls[0]![0]).toMatchObject({ payment: 'PENDING' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks the buyer to authenticate a sandbox payment and confirms it once approved', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, () =>
      pending({ provider: 'sandbox', clientSecret: `sandbox_secret_${CHECKOUT_ID}` }),
    );
    const answers: unknown[] = [];
    server.use(
      http.post(
        `/api/payments/sandbox/checkouts/${CHECKOUT_ID}/authentication`,
        async ({ request }) => {
          answers.push(await request.json());
          return HttpResponse.json({ payment: 'PAID' });
        },
      ),
    );
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');
    await userEvent.click(await screen.findByRole('radio', { name: /asks for authentication/ }));

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const dialog = await screen.findByRole('dialog', { name: 'Authenticate your payment' });
    expect(onPlaced).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(answers).toEqual([{ approved: true }]);
    expect(recorded.checkouts[0]!.body.payment).toEqual({
      paymentMethodId: 'pm_card_authenticationRequired',
    });
  });

  it('keeps the cart and says nothing was charged when the buyer fails the authentication', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, () =>
      pending({ provider: 'sandbox', clientSecret: `sandbox_secret_${CHECKOUT_ID}` }),
    );
    server.use(
      http.post(`/api/payments/sandbox/checkouts/${CHECKOUT_ID}/authentication`, () =>
        HttpResponse.json({ payment: 'DECLINED' }),
      ),
    );
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');
    await screen.findByRole('radiogroup');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Authenticate your payment' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fail' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The payment was not authenticated, so it was declined. Nothing was charged and your cart is as it was.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onPlaced).not.toHaveBeenCalled();
    // Held again for the next try, which is a new submission.
    await waitFor(() => expect(recorded.holds).toEqual(['US', 'US']));
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(recorded.checkouts).toHaveLength(2));
    expect(recorded.checkouts[1]!.key).not.toBe(recorded.checkouts[0]!.key);
  });

  it('with Stripe, sends the id of the PaymentMethod Stripe made and runs its authentication', async () => {
    const recorded = record();
    serveHold(recorded);
    servePayments('stripe');
    serveCheckout(recorded, () =>
      pending({ provider: 'stripe', clientSecret: 'pi_123_secret_456' }),
    );
    stripe.createPaymentMethod.mockResolvedValue({ paymentMethod: { id: 'pm_1AbCdEf' } });
    stripe.handleNextAction.mockResolvedValue({ paymentIntent: { status: 'processing' } });
    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');
    expect(await screen.findByLabelText('Card details')).toBeInTheDocument();
    expect(screen.queryByText('Sandbox: no real card is charged.')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(stripe.createPaymentMethod).toHaveBeenCalledWith({
      type: 'card',
      card: { card: true },
    });
    expect(recorded.checkouts[0]!.body.payment).toEqual({ paymentMethodId: 'pm_1AbCdEf' });
    expect(stripe.handleNextAction).toHaveBeenCalledWith({ clientSecret: 'pi_123_secret_456' });
  });

  it('with Stripe, shows why the card was refused by Stripe and sends nothing', async () => {
    const recorded = record();
    serveHold(recorded);
    servePayments('stripe');
    serveCheckout(recorded, placed);
    stripe.createPaymentMethod.mockResolvedValue({
      error: { message: 'Your card number is incomplete.' },
    });
    await renderCheckout();
    await fillAddress();
    await screen.findByRole('timer');
    await screen.findByLabelText('Card details');

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Your card number is incomplete.')).toBeInTheDocument();
    expect(recorded.checkouts).toEqual([]);
  });

  it('explains a refused hold: shops that do not ship there, and too many holds', async () => {
    const recorded = record();
    server.use(
      http.post('/api/checkout/hold', async ({ request }) => {
        const body = (await request.json()) as { country?: string };
        recorded.holds.push(body.country ?? null);
        return body.country === 'JP'
          ? problem(409, '/problems/shipping-unavailable', 'A shop does not ship there.', {
              shops: [{ shopId: 2, shopName: 'Clay & Co', shipsFrom: 'US' }],
            })
          : HttpResponse.json(
              {
                type: '/problems/too-many-holds',
                title: 'Too many holds',
                status: 429,
                detail: 'Too many holds.',
                retryAfterSeconds: 90,
              },
              {
                status: 429,
                headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '90' },
              },
            );
      }),
      http.get('/api/cart', ({ request }) =>
        HttpResponse.json(pricedCart(new URL(request.url).searchParams.get('country'))),
      ),
    );
    await renderCheckout({ prefill: { country: 'JP' } });

    expect(await screen.findByText(/^Clay & Co doesn't ship to Japan\./)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Country'), 'US');

    expect(
      await screen.findByText(
        /checkout was started too many times in a short while\. Try again in 2 minutes\./,
      ),
    ).toBeInTheDocument();
    // Without a hold the cart is still priced, so the buyer can check out.
    expect(await screen.findByText('Shipping to United States: $5.00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeEnabled();
  });

  it('keeps the typed address over a reload of the page and forgets it once the order is placed', async () => {
    const recorded = record();
    serveHold(recorded);
    serveCheckout(recorded, placed);
    const first = await renderCheckout();
    await screen.findByRole('timer');
    await userEvent.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');
    expect(JSON.parse(sessionStorage.getItem(ADDRESS_DRAFT_KEY)!)).toMatchObject({
      name: 'Ada Lovelace',
      country: 'GB',
    });
    first.unmount();

    const onPlaced = vi.fn();
    await renderCheckout({ onPlaced, prefill: { country: 'US', name: 'Someone Else' } });

    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Country')).toHaveValue('GB');
    await userEvent.type(screen.getByLabelText('Street address'), '1 Fleet Street');
    await userEvent.type(screen.getByLabelText('Town or city'), 'London');
    await userEvent.type(screen.getByLabelText('Postal code'), 'EC4Y 1AA');
    await screen.findByText('Shipping to United Kingdom: $18.00');
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    expect(sessionStorage.getItem(ADDRESS_DRAFT_KEY)).toBeNull();
  });

  it('starts from the last order address once it is known, and holds for its country', async () => {
    const recorded = record();
    serveHold(recorded);
    function LastOrderArrives() {
      const [prefill, setPrefill] = useState<{ [field: string]: string | null }>();
      return (
        <>
          <button
            type="button"
            onClick={() =>
              setPrefill({
                name: 'Ada Lovelace',
                line1: '1 Main St',
                line2: null,
                city: 'Toronto',
                region: 'ON',
                postalCode: 'M5V 2T6',
                country: 'CA',
              })
            }
          >
            orders answered
          </button>
          <CheckoutPage
            shops={shops}
            itemTotal={125}
            prefill={prefill}
            onPlaced={vi.fn()}
            onItemsUnavailable={vi.fn()}
          />
        </>
      );
    }
    await renderWithProviders(<LastOrderArrives />, { path: '/checkout' });
    expect(screen.getByLabelText('Full name')).toHaveValue('');
    expect(recorded.holds).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'orders answered' }));

    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Country')).toHaveValue('CA');
    await screen.findByRole('timer');
    expect(recorded.holds).toEqual(['CA']);
  });

  it('releases the hold when the buyer leaves checkout, not after the order is placed', async () => {
    const recorded = record();
    serveHold(recorded);
    const left = await renderCheckout();
    await screen.findByRole('timer');
    left.unmount();
    await waitFor(() => expect(recorded.releases).toBe(1));

    serveCheckout(recorded, placed);
    const onPlaced = vi.fn();
    const stayed = await renderCheckout({ onPlaced });
    await fillAddress();
    await screen.findByRole('timer');
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalledOnce());
    stayed.unmount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(recorded.releases).toBe(1);
  });
});
