import { Link, useLocation } from '@tanstack/react-router';
import { userMessage } from '@/lib/api-problem';
import { formatCount } from '@/utils/format';
import { useFavoriteState, useToggleFavorite } from '../api/favorite-state';
import type { FavoriteKind } from '../api/types';

interface FavoriteButtonProps {
  kind: FavoriteKind;
  id: number;
  /** What is being favorited, for screen readers: "Favorite {label}". */
  label: string;
  signedIn: boolean;
  /** The feed section the shopper came from, credited when they favorite. */
  feedSection?: string;
}

/**
 * A heart that saves an item or a shop to the shopper's favorites, with the number of people who did.
 * Visitors get a link to sign in that brings them back here.
 */
export function FavoriteButton({ kind, id, label, signedIn, feedSection }: FavoriteButtonProps) {
  const location = useLocation();
  const state = useFavoriteState(kind, id, signedIn);
  const toggle = useToggleFavorite(kind, id, feedSection);

  if (!signedIn) {
    return (
      <Link
        to="/signin"
        search={{ redirect: location.href }}
        className="button button--secondary favorite"
      >
        <span aria-hidden="true">♡</span> Sign in to save{' '}
        {kind === 'shops' ? 'this shop' : 'this item'}
      </Link>
    );
  }

  const favorited = state.data?.favorited ?? false;
  const count = state.data?.favoriteCount;
  return (
    <div className="favorite">
      <button
        type="button"
        className={`button button--secondary favorite__button${favorited ? ' favorite__button--on' : ''}`}
        aria-pressed={favorited}
        aria-label={`Favorite ${label}`}
        disabled={state.isPending}
        onClick={() => toggle.mutate(!favorited)}
      >
        <span aria-hidden="true">{favorited ? '♥' : '♡'}</span>{' '}
        {favorited ? 'Saved to favorites' : 'Add to favorites'}
      </button>
      {count ? (
        <span className="favorite__count">
          {formatCount(count)} {count === 1 ? 'favorite' : 'favorites'}
        </span>
      ) : null}
      {toggle.isError ? (
        <p className="favorite__error" role="alert">
          {userMessage(toggle.error)}
        </p>
      ) : null}
    </div>
  );
}
