import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLiveTopics } from '@/hooks/use-live-topics';
import { availabilityQueryOptions } from './get-availability';
import type { Availability } from './types';

/** The most of one listing a cart holds (`Carts.MAX_LINE_QUANTITY` on the server). */
const MAX_LINE_QUANTITY = 99;

/**
 * Keeps a listing's availability live: what the server pushes (`{ type: 'availability', available,
 * held, heldUntil }`)
 * goes into the availability query's cache, so every reader of {@link availabilityQueryOptions}
 * updates without a reload; after a reconnect the availability is read again. Returns the last pushed
 * or re-read count, or undefined until there is one (the caller keeps what it already had).
 */
export function useLiveAvailability(productId: number): number | undefined {
  const queryClient = useQueryClient();
  const [live, setLive] = useState<{ productId: number; available: number }>();
  const { queryKey } = availabilityQueryOptions(productId);

  useLiveTopics(
    [{ kind: 'listing', id: productId }],
    (message) => {
      if (typeof message.available !== 'number') return;
      const available = message.available;
      const held = typeof message.held === 'number' ? message.held : undefined;
      const heldUntil =
        typeof message.heldUntil === 'string' || message.heldUntil === null
          ? message.heldUntil
          : undefined;
      setLive({ productId, available });
      queryClient.setQueryData<Availability>(queryKey, (old) =>
        old
          ? {
              ...old,
              available,
              canAddMore: old.inCart < available && old.inCart < MAX_LINE_QUANTITY,
              ...(held === undefined ? {} : { held }),
              ...(heldUntil === undefined ? {} : { heldUntil }),
            }
          : old,
      );
    },
    () => {
      void queryClient
        .fetchQuery(availabilityQueryOptions(productId))
        .then((fresh) => setLive({ productId, available: fresh.available }))
        .catch(() => undefined);
    },
  );
  return live?.productId === productId ? live.available : undefined;
}
