import { addressLines } from '@/utils/address';
import type { ShippingAddress } from '../api/types';

/** A shipping address as a label, one line each, the way the post of its country writes it. */
export function OrderAddress({ address }: { address: ShippingAddress }) {
  return (
    <address className="order__address">
      {addressLines(address).map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}
