import { useState } from 'react';

interface ImageProps {
  src: string | null | undefined;
  alt: string;
  /** Width / height of the box, reserved before the image loads (no layout shift). */
  ratio?: number;
  /** Eager for images above the fold (a product's main photo, the first results); lazy elsewhere. */
  priority?: boolean;
  sizes?: string;
  className?: string;
}

/** An image in a fixed-ratio box, lazy-loaded, with a quiet placeholder when missing or broken. */
export function Image({ src, alt, ratio = 1, priority = false, sizes, className }: ImageProps) {
  const [failed, setFailed] = useState(false);
  const showImage = Boolean(src) && !failed;
  return (
    <div className={`image-box ${className ?? ''}`} style={{ aspectRatio: String(ratio) }}>
      {showImage ? (
        <img
          src={src ?? undefined}
          alt={alt}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding="async"
          sizes={sizes}
          onError={() => setFailed(true)}
        />
      ) : (
        <div
          className="image-box__placeholder"
          role={alt ? 'img' : undefined}
          aria-label={alt || undefined}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" width="32" height="32">
            <path
              fill="currentColor"
              d="M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2ZM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5Z"
            />
          </svg>
        </div>
      )}
    </div>
  );
}
