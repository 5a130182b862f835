import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { parseSearchParams, type SearchParams } from '../search-params';
import { SearchPage } from './search-page';

const results = {
  products: [
    {
      id: 1,
      score: 3.2,
      title: 'Leather wallet',
      price: 45,
      image: null,
      shopName: 'Hide & Seek',
      isVintage: false,
    },
    {
      id: 2,
      score: 2.9,
      title: 'Vintage satchel',
      price: 120,
      image: null,
      shopName: 'Old Things',
      isVintage: true,
    },
  ],
  total: 1234,
  page: 1,
  pageSize: 24,
  totalPages: 52,
  facets: {
    categories: [
      { key: 'leather-goods', doc_count: 150 },
      { key: 'bags-purses', doc_count: 89 },
    ],
    priceRanges: [
      { key: 'Under $25', doc_count: 300 },
      { key: '$25 to $50', doc_count: 450 },
      { key: '$50 to $100', doc_count: 280 },
      { key: 'Over $100', doc_count: 204 },
    ],
  },
};

function Page({ search }: { search: SearchParams }) {
  return <SearchPage params={search} categoryNames={{ 'leather-goods': 'Leather Goods' }} />;
}

async function renderSearch(url: string) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/search', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json(results);
    }),
  );
  const search = parseSearchParams(Object.fromEntries(new URL(url, 'http://x').searchParams));
  const rendered = await renderWithProviders(<Page search={search} />, { path: url });
  return { ...rendered, requests };
}

describe('SearchPage', () => {
  it('shows the total, the results and the facets with their counts', async () => {
    const { requests } = await renderSearch('/search?q=leather&category=leather-goods');

    expect(
      await screen.findByRole('heading', { name: '1,234 results for "leather" in Leather Goods' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    const categories = screen.getByRole('group', { name: 'Category' });
    expect(within(categories).getByLabelText('Leather Goods (150)')).toBeChecked();
    expect(within(categories).getByLabelText('Bags purses (89)')).not.toBeChecked();
    expect(screen.getByLabelText('$25 to $50 (450)')).not.toBeChecked();
    expect(Object.fromEntries(requests[0]!)).toEqual({
      q: 'leather',
      category: 'leather-goods',
      pageSize: '24',
    });
    expect(screen.getByRole('link', { name: 'Page 52' })).toHaveAttribute(
      'href',
      '/search?q=leather&category=leather-goods&page=52',
    );
  });

  it('puts a chosen filter in the URL and starts again at page 1', async () => {
    const { router } = await renderSearch('/search?q=leather&page=3');
    await screen.findAllByRole('article');

    await userEvent.click(screen.getByLabelText('$25 to $50 (450)'));

    await waitFor(() =>
      expect(router.state.location.search).toEqual({ q: 'leather', minPrice: 25, maxPrice: 50 }),
    );
    await userEvent.click(screen.getByLabelText('Vintage items only'));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ isVintage: true }));
  });

  it('says which spelling it searched for when it corrected a typo', async () => {
    server.use(
      http.get('/api/search', () => HttpResponse.json({ ...results, correctedQuery: 'leather' })),
    );
    await renderWithProviders(<Page search={{ q: 'leahter' }} />, { path: '/search?q=leahter' });

    await screen.findAllByRole('article');
    const note = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' && element.textContent === 'Showing results for leather',
    );
    expect(within(note).getByText('leather').tagName).toBe('STRONG');
  });

  it('says kindly when nothing matches', async () => {
    server.use(
      http.get('/api/search', () =>
        HttpResponse.json({ ...results, products: [], total: 0, totalPages: 0 }),
      ),
    );
    await renderWithProviders(<Page search={{ q: 'zzz' }} />, { path: '/search?q=zzz' });

    expect(
      await screen.findByRole('heading', { name: 'No results for "zzz"' }),
    ).toBeInTheDocument();
  });

  it('shows the API problem detail and a retry when search is down', async () => {
    let calls = 0;
    server.use(
      http.get('/api/search', () => {
        calls += 1;
        return calls === 1
          ? problem(
              503,
              '/problems/service-unavailable',
              'Search is resting for a moment. Please try again.',
            )
          : HttpResponse.json(results);
      }),
    );
    await renderWithProviders(<Page search={{ q: 'mug' }} />, { path: '/search?q=mug' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Search is resting for a moment. Please try again.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });
});
