import { createFileRoute, Link } from '@tanstack/react-router';
import { categoriesQueryOptions } from '@/features/catalog/api/get-categories';
import { CategoryTiles } from '@/features/catalog/components/category-tiles';
import { feedQueryOptions } from '@/features/feed/api/get-feed';
import { FeedSections } from '@/features/feed/components/feed-sections';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const Route = createFileRoute('/')({
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(feedQueryOptions());
    await queryClient.prefetchQuery(categoriesQueryOptions());
  },
  component: HomePage,
});

function HomePage() {
  useDocumentTitle(undefined);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Find things you'll love, made by people who care</h1>
        <p>One-of-a-kind handmade pieces and vintage finds from independent shops.</p>
        <Link to="/search" search={{ isVintage: true }} className="button button--primary">
          Shop vintage
        </Link>
      </section>

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">Shop by category</h2>
        <CategoryTiles />
      </section>

      <section aria-labelledby="feed-title" className="home__feed">
        <h2 id="feed-title" className="visually-hidden">
          Picks for you
        </h2>
        <FeedSections />
      </section>
    </div>
  );
}
