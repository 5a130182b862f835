import { useState } from 'react';
import { Image } from '@/components/ui/image';
import type { ImageRef } from '../api/types';

/** The main photo and a row of thumbnails (buttons) to switch it. */
export function ProductGallery({ images, title }: { images: ImageRef[]; title: string }) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];

  return (
    <div className="gallery">
      <Image
        src={current?.url}
        alt={title}
        ratio={4 / 3}
        priority
        sizes="(max-width: 50rem) 100vw, 50vw"
        className="gallery__main"
      />
      {images.length > 1 ? (
        <ul className="gallery__thumbs" aria-label="Photos">
          {images.map((image, position) => (
            <li key={image.url}>
              <button
                type="button"
                className={position === index ? 'gallery__thumb is-current' : 'gallery__thumb'}
                aria-label={`Photo ${position + 1} of ${images.length}`}
                aria-pressed={position === index}
                onClick={() => setIndex(position)}
              >
                <Image src={image.thumbnailUrl ?? image.url} alt="" ratio={1} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
