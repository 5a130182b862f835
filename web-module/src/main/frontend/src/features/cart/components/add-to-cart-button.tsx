import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { availabilityQueryOptions, useAvailability } from '../api/get-availability';
import { useLiveAvailability } from '../api/live-availability';
import { findItem, useCartStore } from '../store/cart-store';

export type AddToCartState = 'sold-out' | 'view-in-cart' | 'add-another' | 'add-to-cart';

export interface StockView {
  /** Units the shop has. */
  available: number;
  /** Units already in this shopper's cart. */
  inCart: number;
  /** From the API when it answered; otherwise derived. */
  canAddMore?: boolean;
}

/** The design document's four states of the button. */
export function addToCartState({ available, inCart, canAddMore }: StockView): AddToCartState {
  if (available <= 0) return 'sold-out';
  const roomLeft = canAddMore ?? inCart < available;
  if (inCart > 0 && !roomLeft) return 'view-in-cart';
  if (inCart > 0) return 'add-another';
  return 'add-to-cart';
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
      {state !== 'sold-out' && view.available === 1 ? (
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
