import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';

interface AccountMenuProps {
  /** Called after the session ends (the app clears what belonged to the shopper). */
  onSignedOut: () => void;
}

/**
 * "Sign in" for visitors; for shoppers a disclosure button with their name that shows their links and
 * Sign out (Escape or a click elsewhere closes it).
 */
export function AccountMenu({ onSignedOut }: AccountMenuProps) {
  const { data: user } = useMe();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !root.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  if (!user) {
    return (
      <Link to="/signin" className="header__link">
        Sign in
      </Link>
    );
  }

  return (
    <div className="account-menu" ref={root}>
      <button
        type="button"
        className="header__link"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {user.displayName}
      </button>
      <ul id={id} className="account-menu__list" hidden={!open}>
        <li>
          <Link to="/orders" onClick={() => setOpen(false)}>
            Your orders
          </Link>
        </li>
        <li>
          <Link to="/favorites" onClick={() => setOpen(false)}>
            Favorites
          </Link>
        </li>
        <li>
          <Link to="/cart" onClick={() => setOpen(false)}>
            Your cart
          </Link>
        </li>
        <li>
          <Link to="/account" onClick={() => setOpen(false)}>
            Your account
          </Link>
        </li>
        <li>
          <Link to="/mail-preferences" onClick={() => setOpen(false)}>
            Mail preferences
          </Link>
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              logout.mutate(undefined, { onSettled: onSignedOut });
            }}
          >
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
