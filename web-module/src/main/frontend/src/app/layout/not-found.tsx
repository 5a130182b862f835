import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div className="state state--empty">
      <h1 className="state__title">We couldn't find that page</h1>
      <p>
        It may have moved, or the item may have sold. <Link to="/">Back to the shop</Link> or{' '}
        <Link to="/search">search for something else</Link>.
      </p>
    </div>
  );
}
