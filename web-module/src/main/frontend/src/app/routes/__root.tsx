import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ConfirmEmailBanner } from '@/features/auth/components/confirm-email-banner';
import { Header } from '../layout/header';
import { Notices } from '../layout/notices';
import { syncCartOnStart } from '../session';

export interface RouterContext {
  queryClient: QueryClient;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
});

function RootLayout() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void syncCartOnStart(queryClient);
  }, [queryClient]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <Notices />
      <ConfirmEmailBanner />
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
