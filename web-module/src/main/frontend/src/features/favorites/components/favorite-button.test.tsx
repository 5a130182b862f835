import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { FavoriteButton } from './favorite-button';

function favoriteState(favorited: boolean, favoriteCount: number) {
  server.use(
    http.get('/api/favorites/products/:id', () => HttpResponse.json({ favorited, favoriteCount })),
  );
}

describe('FavoriteButton', () => {
  it('invites a visitor to sign in and come back', async () => {
    await renderWithProviders(
      <FavoriteButton kind="products" id={7} label="Blue vase" signedIn={false} />,
      { path: '/products/7' },
    );
    const link = screen.getByRole('link', { name: /sign in to save this item/i });
    expect(link.getAttribute('href')).toBe('/signin?redirect=%2Fproducts%2F7');
  });

  it('saves at once, credits the feed section and keeps the count the API gives', async () => {
    favoriteState(false, 4);
    let sectionHeader: string | null = null;
    server.use(
      http.post('/api/favorites/products/:id', async ({ request }) => {
        sectionHeader = request.headers.get('X-Feed-Section');
        await delay(50);
        return HttpResponse.json({ favorited: true, favoriteCount: 5 });
      }),
    );
    await renderWithProviders(
      <FavoriteButton kind="products" id={7} label="Blue vase" signedIn feedSection="trending" />,
    );
    const button = await screen.findByRole('button', { name: 'Favorite Blue vase' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('4 favorites')).toBeInTheDocument();

    await userEvent.click(button);

    // Optimistic: pressed before the API answers.
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('5 favorites')).toBeInTheDocument();
    await waitFor(() => expect(sectionHeader).toBe('trending'));
  });

  it('rolls back and explains when the API refuses', async () => {
    favoriteState(true, 1);
    server.use(
      http.delete('/api/favorites/products/:id', () =>
        problem(503, '/problems/unavailable', 'Favorites are resting. Try again in a moment.'),
      ),
    );
    await renderWithProviders(<FavoriteButton kind="products" id={7} label="Blue vase" signedIn />);
    const button = await screen.findByRole('button', { name: 'Favorite Blue vase' });
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));

    await userEvent.click(button);

    expect(await screen.findByRole('alert')).toHaveTextContent('Favorites are resting');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 favorite')).toBeInTheDocument();
  });
});
