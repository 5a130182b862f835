import { useEffect } from 'react';

const SITE = 'Handmade Market';

/** Sets the tab title ("Leather wallet · Handmade Market"), which screen readers announce on navigation. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : `${SITE}: handmade and vintage goods`;
  }, [title]);
}
