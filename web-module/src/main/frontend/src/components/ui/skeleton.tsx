interface SkeletonProps {
  width?: string;
  height?: string;
  ratio?: number;
  className?: string;
}

/** A grey placeholder of the size of what is loading. */
export function Skeleton({ width, height = '1em', ratio, className }: SkeletonProps) {
  return (
    <span
      className={`skeleton ${className ?? ''}`}
      style={ratio ? { width: width ?? '100%', aspectRatio: String(ratio) } : { width, height }}
      aria-hidden="true"
    />
  );
}

/** A grid of card-shaped skeletons; announces "Loading" to screen readers once. */
export function CardGridSkeleton({
  count = 8,
  label = 'Loading',
}: {
  count?: number;
  label?: string;
}) {
  return (
    <div className="product-grid" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, index) => (
        <div className="product-card" key={index} aria-hidden="true">
          <Skeleton ratio={1} />
          <Skeleton width="80%" />
          <Skeleton width="40%" />
        </div>
      ))}
    </div>
  );
}
