import { useEffect, useState } from 'react';

/** "9:41", "0:05", "12:00"; never negative. */
export function formatCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "9 minutes 41 seconds": the same for a screen reader. */
export function describeCountdown(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (rest || !minutes) parts.push(`${rest} ${rest === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/**
 * When a hold ends on this browser's clock: `expiresAt` as the server gave it, never further away
 * than the hold's length (a clock running behind would otherwise show more time than there is).
 */
export function holdDeadline(expiresAt: string, holdMinutes: number, now = Date.now()): number {
  const expires = Date.parse(expiresAt);
  if (Number.isNaN(expires)) return now + holdMinutes * 60_000;
  return Math.min(expires, now + holdMinutes * 60_000);
}

/** Milliseconds left until `deadline`, ticking every second; 0 once it has passed. */
export function useRemaining(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, deadline - now);
}
