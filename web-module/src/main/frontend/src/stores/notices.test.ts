import { beforeEach, describe, expect, it } from 'vitest';
import { useNotices } from './notices';

beforeEach(() => useNotices.setState({ notices: [] }));

describe('notices', () => {
  it('a notice seen on one page is gone on the next one', () => {
    const { push } = useNotices.getState();
    push({ tone: 'success', message: 'The items in your cart are saved to your account.' });
    // Pushed while leaving the sign-in page: not seen yet, so it comes along to the next page.
    useNotices.getState().leftFor('/checkout');
    expect(useNotices.getState().notices).toHaveLength(1);

    const [notice] = useNotices.getState().notices;
    useNotices.getState().markSeen([notice!.id], '/checkout');
    useNotices.getState().leftFor('/checkout');
    expect(useNotices.getState().notices).toHaveLength(1);

    useNotices.getState().leftFor('/orders/confirmation');
    expect(useNotices.getState().notices).toEqual([]);
  });

  it('a dismissed notice is gone at once', () => {
    useNotices.getState().push({ tone: 'warning', message: 'One item could not be added.' });
    const [notice] = useNotices.getState().notices;
    useNotices.getState().dismiss(notice!.id);
    expect(useNotices.getState().notices).toEqual([]);
  });
});
