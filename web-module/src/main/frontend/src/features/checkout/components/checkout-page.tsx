import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ShopShipping } from '@/components/shop-shipping';
import { Field } from '@/components/ui/field';
import { Image } from '@/components/ui/image';
import { Skeleton } from '@/components/ui/skeleton';
import { isApiProblem, ProblemTypes, userMessage, type UnavailableItem } from '@/lib/api-problem';
import { countryOptions } from '@/utils/countries';
import { formatPrice, pluralize, type Money } from '@/utils/format';
import { useCheckoutQuote } from '../api/get-checkout-quote';
import { usePlaceHold } from '../api/place-hold';
import { usePlaceOrder } from '../api/place-order';
import { releaseHold } from '../api/release-hold';
import type {
  CheckoutCart,
  CheckoutResponse,
  CheckoutShop,
  Hold,
  ShippingAddress,
} from '../api/types';
import {
  clearAddressDraft,
  emptyAddress,
  loadAddressDraft,
  saveAddressDraft,
  toDraft,
  type AddressDraft,
} from '../address-draft';
import { holdDeadline } from '../countdown';
import { isSameSubmissionRetry, useIdempotencyKey } from '../idempotency';
import {
  DECLINED_MESSAGE,
  describeUnavailable,
  describeUnshippable,
  describeWait,
  retryAfterSeconds,
  totalsChanged,
  unshippableShops,
  type TotalsChanged,
} from '../problems';
import { usePaymentOptions } from '../api/payments';
import { AuthenticationDialog } from '../payment/authentication-dialog';
import type { PaymentCollector } from '../payment/collector';
import { PaymentFields, paymentsOpen } from '../payment/payment-fields';
import { addressSchema } from '../validation';
import { HoldCountdown } from './hold-countdown';
import { TotalsChangedBanner } from './totals-changed-banner';

interface CheckoutPageProps {
  /** The cart as this browser knows it, shown until the held (priced) cart answers. */
  shops: CheckoutShop[];
  itemTotal: Money;
  /**
   * Where to start the address when this tab has no draft of it: the last order's address, or only
   * a country. Null when there is nothing to start from; undefined while it is being found (the
   * items are held once it is known, so that they are priced for the right country at once).
   */
  prefill?: Partial<Record<keyof ShippingAddress, string | null>> | null;
  onPlaced: (response: CheckoutResponse) => void;
  /** The cart changed under the buyer (sold out, emptied): the app refreshes it. */
  onItemsUnavailable: () => void;
}

type Errors = Partial<Record<string, string>>;

function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** A priced cart and the country it was priced for (as asked, whatever the answer echoes). */
interface Priced {
  cart: CheckoutCart;
  country: string | null;
}

/** Checkout pages mounted; a hold is released only once none is (React may mount one twice). */
let mountedPages = 0;

/**
 * Checkout: the items are held for the buyer while they pay (a countdown shows how long), priced for
 * the address's country and re-priced when it changes; the total they see is the total they agree
 * to (`expectedTotal`). One idempotency key per submission, made on mount, sent again with every
 * retry of that submission and renewed after a definitive refusal. Leaving the page releases the
 * hold; reloading it keeps both the hold and the typed address.
 */
export function CheckoutPage({
  shops,
  itemTotal,
  prefill,
  onPlaced,
  onItemsUnavailable,
}: CheckoutPageProps) {
  const { key, renew } = useIdempotencyKey();
  const placeOrder = usePlaceOrder();
  const countryId = useId();

  // The address: this tab's draft, else the prefill once it is known.
  const [hadDraft] = useState(() => loadAddressDraft() !== undefined);
  const [address, setAddress] = useState<AddressDraft>(
    () => loadAddressDraft() ?? (prefill ? toDraft(prefill) : emptyAddress()),
  );
  const [touched, setTouched] = useState(false);
  const [prefillSeen, setPrefillSeen] = useState(prefill !== undefined);
  if (!prefillSeen && prefill !== undefined) {
    setPrefillSeen(true);
    if (!hadDraft && !touched && prefill) setAddress(toDraft(prefill));
  }
  const ready = hadDraft || prefillSeen;
  const country = address.country || null;
  const paymentOptions = usePaymentOptions();
  const collector = useRef<PaymentCollector | null>(null);
  // A placed order whose payment waits for the buyer to authenticate it on the sandbox's page.
  const [authenticating, setAuthenticating] = useState<CheckoutResponse | null>(null);
  // From the click to the answer: Stripe makes the payment method and may authenticate the payment
  // outside the order's request, and a second click meanwhile must not start another payment.
  const [paying, setPaying] = useState(false);

  // The hold.
  const [held, setHeld] = useState<(Priced & { hold: Hold }) | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [holdError, setHoldError] = useState<{ error: unknown; country: string | null } | null>(
    null,
  );
  const mayHold = useRef(false);
  const placed = useRef(false);

  // What the last submission was refused for.
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState<UnavailableItem[]>([]);
  const [changed, setChanged] = useState<(TotalsChanged & { country: string | null }) | null>(null);
  const banner = useRef<HTMLDivElement>(null);
  const cartChanged = useRef(onItemsUnavailable);
  useEffect(() => {
    cartChanged.current = onItemsUnavailable;
  }, [onItemsUnavailable]);

  const { mutate: hold, isPending: holdPending } = usePlaceHold();
  const requestHold = useCallback(
    (forCountry: string | null) => {
      mayHold.current = true;
      // Only the last request's answer counts (a quick change of country asks twice).
      hold(forCountry, {
        onSuccess: (answer) => {
          setHeld({ hold: answer, cart: answer.cart, country: forCountry });
          setDeadline(holdDeadline(answer.expiresAt, answer.holdMinutes));
          setHoldError(null);
        },
        onError: (error) => {
          // A refused hold holds nothing.
          setHeld(null);
          setDeadline(null);
          setHoldError({ error, country: forCountry });
          if (
            isApiProblem(error) &&
            (error.is(ProblemTypes.cartEmpty) || error.unavailableItems.length > 0)
          ) {
            cartChanged.current();
          }
        },
      });
    },
    [hold],
  );

  // Hold on entering, and re-quote whenever the destination changes (the expiry does not move).
  useEffect(() => {
    if (ready) requestHold(country);
  }, [ready, country, requestHold]);

  // Leaving checkout (not reloading it) puts the pieces back on sale at once.
  useEffect(() => {
    mountedPages += 1;
    return () => {
      mountedPages -= 1;
      window.setTimeout(() => {
        if (mountedPages === 0 && mayHold.current && !placed.current) void releaseHold();
      }, 0);
    };
  }, []);

  useEffect(() => {
    if (touched) saveAddressDraft(address);
  }, [address, touched]);

  // Without a hold, the cart is still priced for the country so that there is a total to agree to.
  const quote = useCheckoutQuote(country, ready && holdError !== null);

  const priced: Priced | null =
    changed?.cart && changed.country === country
      ? { cart: changed.cart, country }
      : held && held.country === country
        ? held
        : holdError && holdError.country === country && quote.data
          ? { cart: quote.data, country }
          : null;
  const cart = priced?.cart;
  const shownShops: CheckoutShop[] = cart?.shops ?? shops;
  const pricing = !cart && (holdPending || quote.isFetching || !ready);
  const blocked = cart?.shops.filter((shop) => shop.shipping && !shop.shipping.ships) ?? [];

  function setField(field: keyof AddressDraft, value: string) {
    setTouched(true);
    setAddress((current) => ({ ...current, [field]: value }));
    if (field === 'country') {
      setChanged(null);
      setFailure(null);
    }
  }

  function finish(response: CheckoutResponse) {
    placed.current = true;
    clearAddressDraft();
    onPlaced(response);
  }

  /** The sandbox's authentication answered: paid (or still pending) goes on, declined stays. */
  function authenticated(payment: string) {
    const response = authenticating!;
    setAuthenticating(null);
    if (payment === 'DECLINED') {
      // The checkout is over (its key is spent); the cart is as it was, held again for a new try.
      renew();
      placed.current = false;
      setFailure(
        'The payment was not authenticated, so it was declined. Nothing was charged and your cart is as it was. You can try again.',
      );
      requestHold(country);
      banner.current?.focus();
      return;
    }
    finish(response);
  }

  async function submit(expectedTotal: Money) {
    const parsedAddress = addressSchema.safeParse(address);
    setErrors(parsedAddress.success ? {} : issuesToErrors(parsedAddress.error.issues));
    if (!parsedAddress.success || !collector.current) return;
    setFailure(null);
    setUnavailable([]);
    // A changed total stays on screen (with the cart priced anew) until the next answer.
    const submittedFor = country;
    setPaying(true);
    try {
      await pay(parsedAddress.data, expectedTotal, submittedFor);
    } finally {
      setPaying(false);
    }
  }

  async function pay(
    shippingAddress: ShippingAddress,
    expectedTotal: Money,
    submittedFor: string | null,
  ) {
    const method = await collector.current!.paymentMethodId();
    if ('error' in method) {
      setErrors({ paymentMethodId: method.error });
      return;
    }
    const { handleNextAction } = collector.current ?? {};
    try {
      const response = await placeOrder.mutateAsync({
        request: {
          shippingAddress,
          payment: { paymentMethodId: method.id },
          expectedTotal: Number(expectedTotal),
        },
        idempotencyKey: key,
      });
      const authentication = response.payment === 'PENDING' ? response.authentication : null;
      if (authentication && authentication.provider === 'sandbox' && response.checkoutId) {
        // The orders exist: leaving now must not release what they took.
        placed.current = true;
        setAuthenticating(response);
        return;
      }
      if (authentication && handleNextAction) {
        placed.current = true;
        // Whatever the buyer does on the bank's page, the provider's notification settles the
        // orders; the confirmation follows their live status from pending to paid (or not).
        await handleNextAction(authentication.clientSecret);
      }
      finish(response);
    } catch (error) {
      if (!isSameSubmissionRetry(error)) renew();
      const totals = totalsChanged(error);
      const unshippable = unshippableShops(error);
      // A changed total: the banner says what changed and asks to confirm the new one.
      setChanged(totals ? { ...totals, country: submittedFor } : null);
      if (unshippable) {
        setFailure(
          `${describeUnshippable(unshippable, submittedFor)} Choose another country, or remove ${
            unshippable.length === 1 ? 'its' : 'their'
          } items from your cart.`,
        );
      } else if (isApiProblem(error) && error.unavailableItems.length) {
        setUnavailable(error.unavailableItems);
        onItemsUnavailable();
      } else if (isApiProblem(error) && error.is(ProblemTypes.paymentDeclined)) {
        setFailure(`${DECLINED_MESSAGE} You can try again with another payment method.`);
      } else if (isApiProblem(error) && error.is(ProblemTypes.paymentsUnavailable)) {
        setFailure(userMessage(error));
        void paymentOptions.refetch();
      } else if (isApiProblem(error) && error.fieldErrors.length) {
        setErrors(
          Object.fromEntries(
            error.fieldErrors.map((entry) => [entry.field.split('.').pop()!, entry.message]),
          ),
        );
      } else if (!totals) {
        setFailure(userMessage(error));
      }
      banner.current?.focus();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (cart) void submit(cart.total);
  }

  const holdProblem = holdError && holdError.country === country ? holdError.error : null;

  return (
    <div className="checkout">
      <h1>Checkout</h1>
      <HoldCountdown
        deadline={deadline}
        pending={holdPending}
        onHoldAgain={() => requestHold(country)}
      />
      <div ref={banner} tabIndex={-1} className="checkout__banner">
        {holdProblem ? (
          <HoldRefusal
            error={holdProblem}
            country={country}
            pending={holdPending}
            onRetry={() => requestHold(country)}
          />
        ) : null}
        {changed ? (
          <TotalsChangedBanner
            changed={changed}
            pending={paying}
            onConfirm={() => void submit(changed.total)}
          />
        ) : null}
        {unavailable.length ? (
          <div className="banner banner--error" role="alert">
            <p>Some items are no longer available. Your cart has been updated:</p>
            <ul>
              {unavailable.map((item) => (
                <li key={item.productId}>{describeUnavailable(item)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {failure ? (
          <p className="banner banner--error" role="alert">
            {failure}
          </p>
        ) : null}
      </div>

      <p className="checkout__shipped-from">
        Your order will be shipped from {pluralize(shownShops.length, 'shop')}
      </p>

      {shownShops.map((shop) => (
        <section
          key={shop.shopId}
          className="checkout-shop"
          aria-label={`Items from ${shop.shopName}`}
        >
          <h2>Shop: {shop.shopName}</h2>
          <ul>
            {shop.items.map((item) => (
              <li key={item.cartItemId} className="checkout-item">
                <Image src={item.image} alt="" ratio={1} className="checkout-item__image" />
                <span className="checkout-item__title">
                  {item.title}
                  {item.quantity > 1 ? (
                    <span className="checkout-item__unit">
                      {' '}
                      ({item.quantity} × {formatPrice(item.price)})
                    </span>
                  ) : null}
                </span>
                <span>Qty: {item.quantity}</span>
                <span>{formatPrice(Number(item.price) * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <div className="checkout-shop__footer">
            <ShopShipping
              shopName={shop.shopName}
              quote={cart ? (shop.shipping ?? null) : pricing ? undefined : null}
              unquoted="Shipping is shown once we can price it"
            />
            <p className="checkout-shop__subtotal">Subtotal: {formatPrice(shop.subtotal)}</p>
          </div>
        </section>
      ))}

      <form noValidate className="form checkout__form" onSubmit={onSubmit}>
        <fieldset className="checkout__section">
          <legend>Shipping address</legend>
          <Field
            label="Full name"
            name="name"
            autoComplete="shipping name"
            value={address.name}
            onChange={(event) => setField('name', event.target.value)}
            error={errors.name}
            required
          />
          <Field
            label="Street address"
            name="line1"
            autoComplete="shipping address-line1"
            value={address.line1}
            onChange={(event) => setField('line1', event.target.value)}
            error={errors.line1}
            required
          />
          <Field
            label="Apartment, suite (optional)"
            name="line2"
            autoComplete="shipping address-line2"
            value={address.line2}
            onChange={(event) => setField('line2', event.target.value)}
            error={errors.line2}
          />
          <div className="form__row">
            <Field
              label="Town or city"
              name="city"
              autoComplete="shipping address-level2"
              value={address.city}
              onChange={(event) => setField('city', event.target.value)}
              error={errors.city}
              required
            />
            <Field
              label="State or region (optional)"
              name="region"
              autoComplete="shipping address-level1"
              value={address.region}
              onChange={(event) => setField('region', event.target.value)}
              error={errors.region}
            />
          </div>
          <div className="form__row">
            <Field
              label="Postal code"
              name="postalCode"
              autoComplete="shipping postal-code"
              value={address.postalCode}
              onChange={(event) => setField('postalCode', event.target.value)}
              error={errors.postalCode}
              required
            />
            <div className={`field ${errors.country ? 'field--invalid' : ''}`}>
              <label htmlFor={countryId}>Country</label>
              <select
                id={countryId}
                name="country"
                value={address.country}
                onChange={(event) => setField('country', event.target.value)}
                autoComplete="shipping country"
                aria-invalid={errors.country ? true : undefined}
                aria-describedby={errors.country ? `${countryId}-error` : undefined}
                required
              >
                <option value="">Choose a country</option>
                {countryOptions(address.country).map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
              {errors.country ? (
                <p id={`${countryId}-error`} className="field__error">
                  {errors.country}
                </p>
              ) : null}
            </div>
          </div>
        </fieldset>

        <fieldset className="checkout__section">
          <legend>Payment</legend>
          <PaymentFields
            options={paymentOptions}
            collectorRef={collector}
            error={errors.paymentMethodId}
          />
        </fieldset>

        <dl className="totals checkout__totals" aria-busy={pricing}>
          <div className="totals__row">
            <dt>Items</dt>
            <dd>{formatPrice(cart?.itemTotal ?? itemTotal)}</dd>
          </div>
          <div className="totals__row">
            <dt>Shipping</dt>
            <dd>{cart ? formatPrice(cart.shippingTotal) : <PriceSlot pending={pricing} />}</dd>
          </div>
          <div className="totals__row totals__row--total">
            <dt>Total</dt>
            <dd>{cart ? formatPrice(cart.total) : <PriceSlot pending={pricing} />}</dd>
          </div>
        </dl>
        {country ? null : (
          <p className="field__hint">
            Shipping estimated for domestic delivery. Choose the country to see what it costs there.
          </p>
        )}
        {blocked.length ? (
          <p className="banner banner--error" role="alert">
            {describeUnshippable(blocked, country)} Choose another country, or remove{' '}
            {blocked.length === 1 ? 'its' : 'their'} items from your cart.{' '}
            <Link to="/cart">Review your cart</Link>
          </p>
        ) : null}

        <button
          type="submit"
          className="button button--primary button--block"
          disabled={
            paying ||
            !cart ||
            blocked.length > 0 ||
            !paymentsOpen(paymentOptions.data) ||
            authenticating !== null
          }
        >
          {paying ? 'Placing your order…' : 'Place order'}
        </button>
      </form>
      {authenticating?.checkoutId ? (
        <AuthenticationDialog checkoutId={authenticating.checkoutId} onSettled={authenticated} />
      ) : null}
    </div>
  );
}

function PriceSlot({ pending }: { pending: boolean }) {
  return pending ? <Skeleton width="5em" /> : <>—</>;
}

/** Why the items could not be held, and what the buyer can do. */
function HoldRefusal({
  error,
  country,
  pending,
  onRetry,
}: {
  error: unknown;
  country: string | null;
  pending: boolean;
  onRetry: () => void;
}) {
  const unshippable = unshippableShops(error);
  if (unshippable) {
    return (
      <p className="banner banner--error" role="alert">
        {describeUnshippable(unshippable, country)} Choose another country, or remove{' '}
        {unshippable.length === 1 ? 'its' : 'their'} items from your cart.
      </p>
    );
  }
  if (isApiProblem(error) && error.unavailableItems.length) {
    return (
      <div className="banner banner--error" role="alert">
        <p>Some items in your cart aren't available right now:</p>
        <ul>
          {error.unavailableItems.map((item) => (
            <li key={item.productId}>{describeUnavailable(item)}</li>
          ))}
        </ul>
        <p className="hold-refusal__actions">
          <Link to="/cart">Review your cart</Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={onRetry}
            disabled={pending}
          >
            {pending ? 'Holding…' : 'Try again'}
          </button>
        </p>
      </div>
    );
  }
  const tooMany = isApiProblem(error) && error.is(ProblemTypes.tooManyHolds);
  return (
    <div className="banner banner--warning" role="alert">
      <p>
        {tooMany
          ? `We can't reserve your items right now: checkout was started too many times in a short while. Try again ${describeWait(retryAfterSeconds(error))}.`
          : `We couldn't reserve your items. ${userMessage(error)}`}{' '}
        You can still check out if they are available.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={onRetry}
        disabled={pending}
      >
        {pending ? 'Holding…' : 'Hold again'}
      </button>
    </div>
  );
}
