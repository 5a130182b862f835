import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api-problem';
import { isSameSubmissionRetry, newIdempotencyKey } from './idempotency';

describe('checkout idempotency key', () => {
  it('has the format checkout:{timestamp}:{uuid}', () => {
    expect(newIdempotencyKey(1700000000000, '3b241101-e2bb-4255-8caf-4136c566a962')).toBe(
      'checkout:1700000000000:3b241101-e2bb-4255-8caf-4136c566a962',
    );
    expect(newIdempotencyKey()).toMatch(/^checkout:\d{13}:[0-9a-f-]{36}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('is reused when the request may have reached the server', () => {
    expect(isSameSubmissionRetry(ApiProblem.network())).toBe(true);
    expect(isSameSubmissionRetry(new ApiProblem({ type: '/problems/internal', status: 500 }))).toBe(
      true,
    );
    expect(
      isSameSubmissionRetry(new ApiProblem({ type: '/problems/service-unavailable', status: 503 })),
    ).toBe(true);
    expect(
      isSameSubmissionRetry(
        new ApiProblem({ type: '/problems/idempotency-key-in-use', status: 409 }),
      ),
    ).toBe(true);
  });

  it('is renewed after a definitive refusal', () => {
    const unavailable = new ApiProblem({
      type: '/problems/items-unavailable',
      status: 409,
      extras: { unavailableItems: [{ productId: 1, title: 'Vase', requested: 1, available: 0 }] },
    });
    expect(isSameSubmissionRetry(unavailable)).toBe(false);
    expect(
      isSameSubmissionRetry(new ApiProblem({ type: '/problems/payment-declined', status: 402 })),
    ).toBe(false);
    expect(
      isSameSubmissionRetry(new ApiProblem({ type: '/problems/validation', status: 400 })),
    ).toBe(false);
    expect(
      isSameSubmissionRetry(new ApiProblem({ type: '/problems/cart-empty', status: 409 })),
    ).toBe(false);
  });
});
