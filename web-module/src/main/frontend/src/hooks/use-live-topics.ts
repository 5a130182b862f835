import { useEffect, useRef } from 'react';
import { liveConnection, type LiveMessage, type LiveTopic } from '@/lib/live-connection';

/**
 * Watches topics on the page's live connection while the component is mounted. The handlers may
 * change on every render; the subscription changes only when the topics do.
 */
export function useLiveTopics(
  topics: LiveTopic[],
  onMessage: (message: LiveMessage) => void,
  onResync: () => void,
) {
  const handlers = useRef({ onMessage, onResync });
  useEffect(() => {
    handlers.current = { onMessage, onResync };
  });
  const key = topics.map((topic) => `${topic.kind}:${topic.id}`).join(',');

  useEffect(() => {
    const connection = liveConnection();
    if (!connection || key === '') return;
    const stops = key.split(',').map((entry) => {
      const [kind, id] = entry.split(':');
      return connection.watch(
        { kind: kind as LiveTopic['kind'], id: Number(id) },
        {
          onMessage: (message) => handlers.current.onMessage(message),
          onResync: () => handlers.current.onResync(),
        },
      );
    });
    return () => stops.forEach((stop) => stop());
  }, [key]);
}
