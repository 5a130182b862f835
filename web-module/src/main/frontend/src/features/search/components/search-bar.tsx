import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useSuggestions } from '../api/get-suggestions';
import type { Suggestion } from '../api/types';
import { MAX_QUERY_LENGTH } from '../search-params';

/** Milliseconds of quiet typing before typeahead asks the API (design document: 300 ms). */
export const TYPEAHEAD_DEBOUNCE_MS = 300;

/**
 * The header's search box: typeahead from `/api/search/suggest` after a 300 ms pause, navigable with
 * the arrow keys, Enter and Escape (the WAI-ARIA combobox pattern). A suggestion is a listing's
 * title and opens that listing; Enter on the typed words searches them.
 */
export function SearchBar() {
  const navigate = useNavigate();
  const search: { q?: unknown } = useSearch({ strict: false });
  const urlQuery = search.q === undefined || search.q === null ? '' : String(search.q);

  const [value, setValue] = useState(urlQuery);
  const [syncedQuery, setSyncedQuery] = useState(urlQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  // Follow the URL (back button, a link to another search) without an effect.
  if (urlQuery !== syncedQuery) {
    setSyncedQuery(urlQuery);
    setValue(urlQuery);
  }

  const debounced = useDebouncedValue(value, TYPEAHEAD_DEBOUNCE_MS);
  const { data } = useSuggestions(open ? debounced : '');
  const suggestions = open && debounced.trim().length >= 2 ? (data ?? []) : [];
  const expanded = suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function go(query: string) {
    const q = query.trim();
    setOpen(false);
    setActive(-1);
    setValue(q);
    void navigate({ to: '/search', search: q ? { q } : {} });
  }

  /** A suggestion is a listing's title: choosing it opens that listing. */
  function choose(suggestion: Suggestion) {
    if (suggestion.id === undefined) {
      go(suggestion.text);
      return;
    }
    setOpen(false);
    setActive(-1);
    void navigate({ to: '/products/$productId', params: { productId: String(suggestion.id) } });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (suggestions.length) setActive((active + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (suggestions.length) setActive(active <= 0 ? suggestions.length - 1 : active - 1);
        break;
      case 'Enter': {
        const chosen = active >= 0 ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
      default:
        break;
    }
  }

  return (
    <form className="search-bar" role="search" onSubmit={onSubmit}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search for anything
      </label>
      <input
        id={`${listId}-input`}
        className="search-bar__input"
        type="search"
        name="q"
        placeholder="Search for anything"
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="search-bar__submit">
        <span className="visually-hidden">Search</span>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            fill="currentColor"
            d="M10 4a6 6 0 1 0 3.6 10.8l4.3 4.3 1.4-1.4-4.3-4.3A6 6 0 0 0 10 4Zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z"
          />
        </svg>
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="search-bar__list"
        hidden={!expanded}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.text}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            // Keep focus in the input: the click must not blur it before it lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
          >
            {suggestion.text}
          </li>
        ))}
      </ul>
    </form>
  );
}
