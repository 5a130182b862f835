import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { SearchBar } from './search-bar';

function suggest() {
  const queries: string[] = [];
  server.use(
    http.get('/api/search/suggest', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      queries.push(q);
      return HttpResponse.json({
        suggestions: [{ id: 12, text: 'necklace' }, { id: 13, text: 'neck pillow' }, 'Necklace'],
      });
    }),
  );
  return queries;
}

describe('SearchBar', () => {
  it('asks for suggestions once typing pauses (300 ms), not on every key', async () => {
    const queries = suggest();
    await renderWithProviders(<SearchBar />);

    await userEvent.type(screen.getByRole('combobox', { name: 'Search for anything' }), 'neck');

    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['necklace', 'neck pillow']);
    expect(queries).toEqual(['neck']);
  });

  it('is navigable with the keyboard and opens the chosen suggestion', async () => {
    suggest();
    const { router } = await renderWithProviders(<SearchBar />);
    const box = screen.getByRole('combobox', { name: 'Search for anything' });

    await userEvent.type(box, 'neck');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');

    const second = screen.getByRole('option', { name: 'neck pillow' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: 'necklace' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.keyboard('{Enter}');

    // The suggestion is a listing's title: it opens the listing rather than searching the title.
    await waitFor(() => expect(router.state.location.pathname).toBe('/products/12'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the list with Escape and searches the typed text with Enter', async () => {
    suggest();
    const { router } = await renderWithProviders(<SearchBar />);
    const box = screen.getByRole('combobox', { name: 'Search for anything' });

    await userEvent.type(box, 'neck');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();

    await userEvent.type(box, ' ties{Enter}');

    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'neck ties' }));
  });

  it('shows no list when suggestions fail', async () => {
    server.use(http.get('/api/search/suggest', () => HttpResponse.json({}, { status: 503 })));
    await renderWithProviders(<SearchBar />);

    await userEvent.type(screen.getByRole('combobox', { name: 'Search for anything' }), 'neck');
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
