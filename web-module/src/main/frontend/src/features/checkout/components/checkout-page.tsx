import { useRef, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Image } from '@/components/ui/image';
import { isApiProblem, userMessage, type UnavailableItem } from '@/lib/api-problem';
import { formatPrice, pluralize, type Money } from '@/utils/format';
import { usePlaceOrder } from '../api/place-order';
import type { CheckoutResponse, CheckoutShop } from '../api/types';
import { isSameSubmissionRetry, useIdempotencyKey } from '../idempotency';
import { addressSchema, COUNTRIES, paymentSchema } from '../validation';

/** The sandbox gateway's card that is approved (SandboxPaymentGateway). */
export const SANDBOX_CARD = { cardNumber: '4242 4242 4242 4242' };

interface CheckoutPageProps {
  shops: CheckoutShop[];
  itemTotal: Money;
  onPlaced: (response: CheckoutResponse) => void;
  /** Some items sold out meanwhile: the app refreshes the cart. */
  onItemsUnavailable: () => void;
}

type Errors = Partial<Record<string, string>>;

function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/**
 * Checkout as the design document lays it out: the shops the order ships from, the shipping address,
 * the payment, the total and Place order. One idempotency key per submission, made on mount and sent
 * again with every retry of that submission.
 */
export function CheckoutPage({
  shops,
  itemTotal,
  onPlaced,
  onItemsUnavailable,
}: CheckoutPageProps) {
  const { key, renew } = useIdempotencyKey();
  const placeOrder = usePlaceOrder();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState<UnavailableItem[]>([]);
  const banner = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const address = addressSchema.safeParse(data);
    const payment = paymentSchema.safeParse(data);
    if (!address.success || !payment.success) {
      setErrors({
        ...(address.success ? {} : issuesToErrors(address.error.issues)),
        ...(payment.success ? {} : issuesToErrors(payment.error.issues)),
      });
      return;
    }
    setErrors({});
    setFailure(null);
    setUnavailable([]);
    try {
      const response = await placeOrder.mutateAsync({
        request: {
          shippingAddress: address.data,
          payment: payment.data,
        },
        idempotencyKey: key,
      });
      onPlaced(response);
    } catch (error) {
      if (!isSameSubmissionRetry(error)) renew();
      if (isApiProblem(error) && error.unavailableItems.length) {
        setUnavailable(error.unavailableItems);
        onItemsUnavailable();
      } else if (isApiProblem(error) && error.fieldErrors.length) {
        setErrors(
          Object.fromEntries(
            error.fieldErrors.map((entry) => [entry.field.split('.').pop()!, entry.message]),
          ),
        );
      } else {
        setFailure(userMessage(error));
      }
      banner.current?.focus();
    }
  }

  return (
    <div className="checkout">
      <h1>Checkout</h1>
      <div ref={banner} tabIndex={-1} className="checkout__banner">
        {unavailable.length ? (
          <div className="banner banner--error" role="alert">
            <p>Some items are no longer available. Your cart has been updated:</p>
            <ul>
              {unavailable.map((item) => (
                <li key={item.productId}>
                  {item.title}: you asked for {item.requested},{' '}
                  {item.available === 0 ? 'it has sold out' : `only ${item.available} available`}
                </li>
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
        Your order will be shipped from {pluralize(shops.length, 'shop')}
      </p>

      {shops.map((shop) => (
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
                <span className="checkout-item__title">{item.title}</span>
                <span>Qty: {item.quantity}</span>
                <span>{formatPrice(Number(item.price) * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <p className="checkout-shop__subtotal">Subtotal: {formatPrice(shop.subtotal)}</p>
        </section>
      ))}

      <form noValidate className="form checkout__form" onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="checkout__section">
          <legend>Shipping address</legend>
          <Field
            label="Full name"
            name="name"
            autoComplete="shipping name"
            error={errors.name}
            required
          />
          <Field
            label="Street address"
            name="line1"
            autoComplete="shipping address-line1"
            error={errors.line1}
            required
          />
          <Field
            label="Apartment, suite (optional)"
            name="line2"
            autoComplete="shipping address-line2"
            error={errors.line2}
          />
          <div className="form__row">
            <Field
              label="Town or city"
              name="city"
              autoComplete="shipping address-level2"
              error={errors.city}
              required
            />
            <Field
              label="State or region (optional)"
              name="region"
              autoComplete="shipping address-level1"
              error={errors.region}
            />
          </div>
          <div className="form__row">
            <Field
              label="Postal code"
              name="postalCode"
              autoComplete="shipping postal-code"
              error={errors.postalCode}
              required
            />
            <div className={`field ${errors.country ? 'field--invalid' : ''}`}>
              <label htmlFor="checkout-country">Country</label>
              <select
                id="checkout-country"
                name="country"
                defaultValue="US"
                autoComplete="shipping country"
              >
                {COUNTRIES.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
              {errors.country ? <p className="field__error">{errors.country}</p> : null}
            </div>
          </div>
        </fieldset>

        <fieldset className="checkout__section">
          <legend>Payment</legend>
          <p className="field__hint">
            Sandbox payments: no real card is charged. The test card below is approved; 4000 0000
            0000 0002 is declined.
          </p>
          <Field
            label="Card number"
            name="cardNumber"
            inputMode="numeric"
            autoComplete="cc-number"
            defaultValue={SANDBOX_CARD.cardNumber}
            error={errors.cardNumber}
            required
          />
        </fieldset>

        <div className="checkout__total">
          <p>
            Total: <strong>{formatPrice(itemTotal)}</strong>
          </p>
          <p className="field__hint">+ shipping calculated per shop</p>
        </div>

        <button
          type="submit"
          className="button button--primary button--block"
          disabled={placeOrder.isPending}
        >
          {placeOrder.isPending ? 'Placing your order…' : 'Place order'}
        </button>
      </form>
    </div>
  );
}
