import { ProductGrid } from '@/components/product-card';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { useSimilarProducts } from '../api/get-similar-products';

/**
 * "You may also like" under a product. It is a bonus, not the page: while loading it holds its place,
 * and when it fails or finds nothing it leaves no trace.
 */
export function SimilarItems({ productId }: { productId: number }) {
  const { data, isPending } = useSimilarProducts(productId);
  if (isPending) return <CardGridSkeleton count={4} label="Loading similar items" />;
  if (!data?.length) return null;
  return (
    <section className="similar-items" aria-labelledby="similar-items">
      <h2 id="similar-items">You may also like</h2>
      <ProductGrid products={data} />
    </section>
  );
}
