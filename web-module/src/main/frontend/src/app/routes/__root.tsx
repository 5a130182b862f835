import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useCartStore } from '@/features/cart/store/cart-store';
import { Header } from '../layout/header';
import { Notices } from '../layout/notices';

export interface RouterContext {
  queryClient: QueryClient;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
});

function RootLayout() {
  // The persisted cart shows at once; the server's cart replaces it when it answers (design document).
  useEffect(() => {
    void useCartStore.getState().fetchCart();
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <Notices />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>
          Handmade Market: independent shops selling handmade and vintage goods.{' '}
          <Link to="/search">Browse everything</Link>
        </p>
      </footer>
    </>
  );
}
