import { useEffect, useId, useRef } from 'react';
import { userMessage } from '@/lib/api-problem';
import { useAuthenticateSandboxPayment } from '../api/payments';

/**
 * The sandbox's stand-in for the bank's authentication page (3-D Secure): the buyer approves or
 * fails the payment, and checkout goes on with where the payment then stands.
 */
export function AuthenticationDialog({
  checkoutId,
  onSettled,
}: {
  checkoutId: string;
  onSettled: (payment: string) => void;
}) {
  const titleId = useId();
  const authenticate = useAuthenticateSandboxPayment();
  const approve = useRef<HTMLButtonElement>(null);
  useEffect(() => approve.current?.focus(), []);

  function answer(approved: boolean) {
    authenticate.mutate(
      { checkoutId, approved },
      { onSuccess: (result) => onSettled(result.payment) },
    );
  }

  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog">
        <h2 id={titleId}>Authenticate your payment</h2>
        <p>
          Sandbox: your bank would ask you to confirm this payment here. Approve it, or fail it to
          see a declined payment.
        </p>
        {authenticate.isError ? (
          <p className="banner banner--error" role="alert">
            {userMessage(authenticate.error)}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button
            ref={approve}
            type="button"
            className="button button--primary"
            disabled={authenticate.isPending}
            onClick={() => answer(true)}
          >
            Approve
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={authenticate.isPending}
            onClick={() => answer(false)}
          >
            Fail
          </button>
        </div>
      </div>
    </div>
  );
}
