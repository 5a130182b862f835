import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useNotices } from '@/stores/notices';

/** How long a notice stays on a settled page before it counts as read. */
export const NOTICE_READ_MS = 1500;

export function Notices() {
  const { notices, dismiss, markSeen, leftFor } = useNotices();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const settled = useRouterState({ select: (state) => state.status === 'idle' });

  // A notice read on one page is gone on the next one.
  useEffect(() => leftFor(pathname), [pathname, leftFor]);

  // A notice pushed just before a navigation (after sign-in, say) is read on the page it leads to.
  useEffect(() => {
    const unseen = notices.filter((notice) => !notice.seenOn).map((notice) => notice.id);
    if (!settled || unseen.length === 0) return;
    const timer = window.setTimeout(() => markSeen(unseen, pathname), NOTICE_READ_MS);
    return () => window.clearTimeout(timer);
  }, [notices, pathname, settled, markSeen]);

  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`banner banner--${notice.tone}`}>
          <p>{notice.message}</p>
          {notice.details?.length ? (
            <ul>
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="button button--link" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
