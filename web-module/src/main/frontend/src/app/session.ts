import type { QueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { useCartStore } from '@/features/cart/store/cart-store';
import { useNotices } from '@/stores/notices';

/**
 * After sign-in or registration: the visitor's local cart moves into the account's cart, and the
 * shopper is told what could not come along. Lives in the app layer because it joins two features.
 */
export async function moveVisitorCartIntoAccount(): Promise<void> {
  const cart = useCartStore.getState();
  if (cart.owner !== 'local' || cart.itemCount === 0) {
    await cart.fetchCart();
    return;
  }
  try {
    const report = await cart.mergeLocalCart();
    if (report.problems.length) {
      useNotices.getState().push({
        tone: 'warning',
        message:
          report.problems.length === 1
            ? 'One item from your cart could not be added in full:'
            : `${report.problems.length} items from your cart could not be added in full:`,
        details: report.problems.map(
          (problem) =>
            `${problem.title}: ${problem.message}` +
            (problem.added ? ` (${problem.added} of ${problem.requested} added)` : ''),
        ),
      });
    } else if (report.merged) {
      useNotices
        .getState()
        .push({ tone: 'success', message: 'The items in your cart are saved to your account.' });
    }
  } catch {
    useNotices.getState().push({
      tone: 'warning',
      message:
        'We could not move your cart into your account. Your items are still in this browser.',
    });
  }
}

/** After sign-out: nothing of the shopper's cart stays in this browser. */
export function forgetAccountCart(): void {
  void useCartStore.getState().fetchCart();
}

/**
 * On app start the persisted cart shows at once and the server's replaces it when it answers (design
 * document). A visitor's cart found beside a live session (signed in from another tab, say) is merged
 * first rather than overwritten.
 */
export async function syncCartOnStart(queryClient: QueryClient): Promise<void> {
  const cart = useCartStore.getState();
  if (cart.owner === 'local' && cart.itemCount > 0) {
    const user = await queryClient.fetchQuery(meQueryOptions()).catch(() => null);
    if (user) return moveVisitorCartIntoAccount();
  }
  return cart.fetchCart();
}
