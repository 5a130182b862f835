import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isApiProblem, ProblemTypes, userMessage, type ApiProblem } from '@/lib/api-problem';
import { fromCents, toCents } from '@/utils/format';
import { addCartItem } from '../api/add-cart-item';
import { getCart } from '../api/get-cart';
import { getCartProduct } from '../api/get-cart-product';
import { removeCartItem } from '../api/remove-cart-item';
import { updateCartItem } from '../api/update-cart-item';
import type { Cart, CartItem, CartShopGroup } from '../api/types';
import { groupByShop, linesOf } from './group-by-shop';

/** The key the cart is persisted under in localStorage (design document). */
export const CART_STORAGE_KEY = 'etsy-cart';

/** An item of a visitor's cart that could not be moved into the account's cart at sign-in. */
export interface MergeProblem {
  productId: number;
  title: string;
  requested: number;
  added: number;
  message: string;
}

export interface MergeReport {
  merged: number;
  problems: MergeProblem[];
}

export interface CartState {
  shops: CartShopGroup[];
  itemTotal: number;
  itemCount: number;
  isLoading: boolean;
  error: string | null;
  /**
   * Where the cart lives: 'server' for a signed-in shopper (the API's cart), 'local' for a visitor
   * (kept in this browser only, moved into the server cart at sign-in by mergeLocalCart).
   */
  owner: 'local' | 'server';
  /**
   * The country the shopper chose to see shipping for: null until they choose (the cart then uses the
   * country of their last order, if any), '' for "no country" (domestic rates).
   */
  shippingCountry: string | null;

  setShippingCountry: (country: string) => void;
  fetchCart: () => Promise<void>;
  /** `feedSection`: the home feed's section the shopper came from, credited to it by the API. */
  addItem: (productId: number, quantity?: number, feedSection?: string) => Promise<void>;
  updateQuantity: (productId: number, quantity: number) => Promise<void>;
  removeItem: (productId: number) => Promise<void>;
  clearCart: () => void;
  mergeLocalCart: () => Promise<MergeReport>;
}

type CartData = Pick<CartState, 'shops' | 'itemTotal' | 'itemCount'>;

const EMPTY: CartData = { shops: [], itemTotal: 0, itemCount: 0 };

/** The message for a refused quantity: "Only {available} available" (design document). */
export function availabilityMessage(problem: ApiProblem): string | undefined {
  const available = problem.available;
  return available === undefined ? undefined : `Only ${available} available`;
}

function fromServer(cart: Cart): CartData {
  return {
    shops: (cart.shops ?? []).map((shop) => ({ ...shop, subtotal: Number(shop.subtotal) })),
    itemTotal: Number(cart.itemTotal ?? 0),
    itemCount: cart.itemCount ?? 0,
  };
}

/** Totals of a cart kept in the browser, summed in cents. */
export function withTotals(shops: CartShopGroup[]): CartData {
  let totalCents = 0;
  let count = 0;
  const grouped = shops
    .map((shop) => {
      const cents = shop.items.reduce((sum, item) => sum + toCents(item.price) * item.quantity, 0);
      totalCents += cents;
      count += shop.items.reduce((sum, item) => sum + item.quantity, 0);
      return { ...shop, subtotal: fromCents(cents) };
    })
    .filter((shop) => shop.items.length > 0);
  return { shops: grouped, itemTotal: fromCents(totalCents), itemCount: count };
}

export function findItem(shops: CartShopGroup[], productId: number): CartItem | undefined {
  for (const shop of shops) {
    const item = shop.items.find((entry) => entry.productId === productId);
    if (item) return item;
  }
  return undefined;
}

function setLocalQuantity(
  shops: CartShopGroup[],
  productId: number,
  quantity: number,
): CartShopGroup[] {
  return shops.map((shop) => ({
    ...shop,
    items: shop.items
      .map((item) => (item.productId === productId ? { ...item, quantity } : item))
      .filter((item) => item.quantity > 0),
  }));
}

function isSignedOut(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 401 || error.is(ProblemTypes.unauthenticated));
}

/** A refusal as the shopper should read it: "Only N available" when the API says how many. */
function messageOf(error: unknown): string {
  if (isApiProblem(error)) return availabilityMessage(error) ?? error.detail;
  return userMessage(error);
}

export const useCartStore = create<CartState>()(
  persist(
    (set, get) => {
      /** Runs a server call with isLoading/error bookkeeping; rethrows a friendly Error. */
      async function serverCall(call: () => Promise<Cart>, rollback?: CartData): Promise<void> {
        set({ isLoading: true, error: null });
        try {
          const cart = await call();
          set({ ...fromServer(cart), isLoading: false, owner: 'server' });
        } catch (error) {
          const message = messageOf(error);
          set({ ...(rollback ?? {}), isLoading: false, error: message });
          throw new Error(message, { cause: error });
        }
      }

      async function addLocally(productId: number, quantity: number): Promise<void> {
        set({ isLoading: true, error: null });
        try {
          const product = await getCartProduct(productId);
          const shops = get().shops;
          const inCart = findItem(shops, productId)?.quantity ?? 0;
          if (inCart + quantity > product.quantity) {
            throw new Error(`Only ${product.quantity} available`);
          }
          const item: CartItem = {
            cartItemId: `local:${productId}`,
            productId,
            title: product.title,
            price: product.price,
            quantity: inCart + quantity,
            availableQuantity: product.quantity,
            image: product.images?.[0]?.url ?? null,
          };
          const lines = linesOf(shops);
          const next = inCart
            ? lines.map((line) => (line.item.productId === productId ? { ...line, item } : line))
            : [...lines, { shop: product.shop, item }];
          set({ ...withTotals(groupByShop(next)), isLoading: false });
        } catch (error) {
          const message =
            error instanceof Error && !isApiProblem(error) ? error.message : messageOf(error);
          set({ isLoading: false, error: message });
          throw error instanceof Error && !isApiProblem(error)
            ? error
            : new Error(message, { cause: error });
        }
      }

      return {
        ...EMPTY,
        isLoading: false,
        error: null,
        owner: 'local',
        shippingCountry: null,

        setShippingCountry(country) {
          set({ shippingCountry: country });
        },

        async fetchCart() {
          set({ isLoading: true, error: null });
          try {
            const cart = await getCart();
            set({ ...fromServer(cart), isLoading: false, owner: 'server' });
          } catch (error) {
            if (isSignedOut(error) || (isApiProblem(error) && error.status === 404)) {
              // A visitor (or a server without a cart API): the cart stays in this browser. A copy of
              // a signed-in shopper's cart is not kept once the session is gone.
              const keep = get().owner === 'local' ? withTotals(get().shops) : EMPTY;
              set({ ...keep, isLoading: false, owner: 'local' });
              return;
            }
            set({ isLoading: false, error: userMessage(error) });
          }
        },

        async addItem(productId, quantity = 1, feedSection) {
          if (get().owner === 'local') return addLocally(productId, quantity);
          try {
            await serverCall(() => addCartItem(productId, quantity, feedSection));
          } catch (error) {
            if (!isSignedOut(error instanceof Error ? error.cause : undefined)) throw error;
            set({ ...EMPTY, owner: 'local', error: null });
            await addLocally(productId, quantity);
          }
        },

        async updateQuantity(productId, quantity) {
          if (quantity <= 0) return get().removeItem(productId);
          const { owner, shops, itemTotal, itemCount } = get();
          const item = findItem(shops, productId);
          if (owner === 'local') {
            if (item && quantity > item.availableQuantity) {
              const message = `Only ${item.availableQuantity} available`;
              set({ error: message });
              throw new Error(message);
            }
            set({ ...withTotals(setLocalQuantity(shops, productId, quantity)), error: null });
            return;
          }
          // Immediate feedback: show the new quantity now, take the server's cart when it answers.
          const rollback = { shops, itemTotal, itemCount };
          set(withTotals(setLocalQuantity(shops, productId, quantity)));
          await serverCall(() => updateCartItem(productId, quantity), rollback);
        },

        async removeItem(productId) {
          const { owner, shops, itemTotal, itemCount } = get();
          if (owner === 'local') {
            set({ ...withTotals(setLocalQuantity(shops, productId, 0)), error: null });
            return;
          }
          const rollback = { shops, itemTotal, itemCount };
          set(withTotals(setLocalQuantity(shops, productId, 0)));
          await serverCall(() => removeCartItem(productId), rollback);
        },

        clearCart() {
          set({ ...EMPTY, error: null });
        },

        async mergeLocalCart() {
          const { owner, shops } = get();
          const report: MergeReport = { merged: 0, problems: [] };
          const items = owner === 'local' ? shops.flatMap((shop) => shop.items) : [];
          set({ isLoading: true, error: null });
          for (const item of items) {
            try {
              await addCartItem(item.productId, item.quantity);
              report.merged += 1;
            } catch (error) {
              if (isSignedOut(error)) {
                // Not signed in after all: the visitor's cart stays as it is.
                set({ isLoading: false, error: userMessage(error) });
                throw new Error(userMessage(error), { cause: error });
              }
              const problem = isApiProblem(error) ? error : undefined;
              const room =
                problem?.available !== undefined ? problem.available - (problem.inCart ?? 0) : 0;
              let added = 0;
              if (room > 0) {
                try {
                  await addCartItem(item.productId, room);
                  added = room;
                } catch {
                  added = 0;
                }
              }
              report.problems.push({
                productId: item.productId,
                title: item.title,
                requested: item.quantity,
                added,
                message:
                  problem && problem.available !== undefined
                    ? availabilityMessage(problem)!
                    : problem?.status === 404
                      ? 'No longer available'
                      : messageOf(error),
              });
            }
          }
          set({ owner: 'server' });
          await get().fetchCart();
          return report;
        },
      };
    },
    {
      name: CART_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ shops, itemTotal, itemCount, owner, shippingCountry }) => ({
        shops,
        itemTotal,
        itemCount,
        owner,
        shippingCountry,
      }),
    },
  ),
);
