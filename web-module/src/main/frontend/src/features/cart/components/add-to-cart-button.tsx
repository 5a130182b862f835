import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatTime } from '@/utils/format';
import { availabilityQueryOptions, useAvailability } from '../api/get-availability';
import { useLiveAvailability } from '../api/live-availability';
import { findItem, useCartStore } from '../store/cart-store';

export type AddToCartState = 'sold-out' | 'held' | 'view-in-cart' | 'add-another' | 'add-to-cart';

export interface StockView {
  /** Units the shop has. */
  available: number;
  /** Units already in this shopper's cart. */
  inCart: number;
  /** From the API when it answered; otherwise derived. */
  canAddMore?: boolean;
  /** Units other buyers hold in checkout (issue 13). */
  held?: number;
}

/**
 * The design document's four states of the button, and a fifth: none left to buy, but other buyers
 * hold some in checkout (they may come back on sale).
 */
export function addToCartState({ available, inCart, canAddMore, held }: StockView): AddToCartState {
  if (available <= 0 && inCart === 0 && (held ?? 0) > 0) return 'held';
  if (available <= 0) return 'sold-out';
  const roomLeft = canAddMore ?? inCart < available;
  if (inCart > 0 && !roomLeft) return 'view-in-cart';
  if (inCart > 0) return 'add-another';
  return 'add-to-cart';
}

/** "Someone is checking out the last one — it may be available again at 3:40 PM". */
export function heldMessage(held: number, heldUntil: string | null | undefined): string {
  const who =
    held > 1
      ? 'Other shoppers are checking out the last ones'
      : 'Someone is checking out the last one';
  return `${who} — ${held > 1 ? 'they' : 'it'} may be available again ${
    heldUntil ? `at ${formatTime(heldUntil)}` : 'soon'
  }`;
}

interface AddToCartButtonProps {
  productId: number;
  /** The listing's stock from the product page, used until (or if) the availability check answers. */
  stock: number;
  /** The home feed section the shopper came from, if any. */
  feedSection?: string;
}

/**
 * Add to cart with live availability from `GET /api/products/{id}/availability`: Sold out, View in
 * cart (a one-of-a-kind item already in the cart), Add another, Add to cart. A refused quantity shows
 * the API's "Only N available" under the button.
 */
export function AddToCartButton({ productId, stock, feedSection }: AddToCartButtonProps) {
  const queryClient = useQueryClient();
  const availability = useAvailability(productId);
  useLiveAvailability(productId);
  const addItem = useCartStore((state) => state.addItem);
  const localInCart = useCartStore((state) => findItem(state.shops, productId)?.quantity ?? 0);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);

  const view: StockView = availability.data
    ? {
        available: availability.data.available,
        inCart: Math.max(availability.data.inCart, localInCart),
        canAddMore:
          availability.data.inCart >= localInCart ? availability.data.canAddMore : undefined,
        held: availability.data.held ?? 0,
      }
    : { available: stock, inCart: localInCart };
  const state = addToCartState(view);

  async function add() {
    setPending(true);
    setError(null);
    setAdded(false);
    try {
      await addItem(productId, 1, feedSection);
      setAdded(true);
    } catch (cause) {
      setError(
        cause instanceof Error ? cause.message : 'Could not add this item. Please try again.',
      );
    } finally {
      setPending(false);
      void queryClient.invalidateQueries({
        queryKey: availabilityQueryOptions(productId).queryKey,
      });
    }
  }

  return (
    <div className="add-to-cart">
      {state === 'sold-out' ? (
        <button type="button" className="button button--primary button--block" disabled>
          Sold out
        </button>
      ) : state === 'held' ? (
        <>
          <button
            type="button"
            className="button button--primary button--block"
            disabled
            aria-describedby={`add-to-cart-held-${productId}`}
          >
            In someone's checkout
          </button>
          <p id={`add-to-cart-held-${productId}`} className="add-to-cart__note">
            {heldMessage(view.held ?? 1, availability.data?.heldUntil)}
          </p>
        </>
      ) : state === 'view-in-cart' ? (
        <Link to="/cart" className="button button--secondary button--block">
          View in cart
        </Link>
      ) : (
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => void add()}
          disabled={pending}
          aria-describedby={error ? `add-to-cart-error-${productId}` : undefined}
        >
          {pending ? 'Adding…' : state === 'add-another' ? 'Add another' : 'Add to cart'}
        </button>
      )}
      {state !== 'sold-out' && state !== 'held' && view.available === 1 ? (
        <p className="add-to-cart__note">Only 1 available - this is a one-of-a-kind item</p>
      ) : null}
      <p className="add-to-cart__status" role="status">
        {added && !error ? (
          <>
            Added to your cart. <Link to="/cart">View cart</Link>
          </>
        ) : null}
      </p>
      {error ? (
        <p id={`add-to-cart-error-${productId}`} className="add-to-cart__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
