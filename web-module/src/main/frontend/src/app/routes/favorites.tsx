import { createFileRoute } from '@tanstack/react-router';
import { FavoritesPage } from '@/features/favorites/components/favorites-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { requireSignIn } from '../require-sign-in';

export const Route = createFileRoute('/favorites')({
  beforeLoad: requireSignIn,
  component: FavoritesRoute,
});

function FavoritesRoute() {
  useDocumentTitle('Your favorites');
  return (
    <div className="favorites-page">
      <h1>Your favorites</h1>
      <FavoritesPage />
    </div>
  );
}
