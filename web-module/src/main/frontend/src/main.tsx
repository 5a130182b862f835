import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, refreshAfterBackForwardCache } from './app/query-client';
import { createAppRouter } from './app/router';
import './styles/global.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
refreshAfterBackForwardCache(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
