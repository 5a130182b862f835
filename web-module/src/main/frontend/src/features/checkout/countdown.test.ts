import { describe, expect, it } from 'vitest';
import { describeCountdown, formatCountdown, holdDeadline } from './countdown';

describe('hold countdown', () => {
  it('formats minutes and seconds, rounding up, never below zero', () => {
    expect(formatCountdown(581_000)).toBe('9:41');
    expect(formatCountdown(580_001)).toBe('9:41');
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(5_000)).toBe('0:05');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-3_000)).toBe('0:00');
  });

  it('reads in words for screen readers', () => {
    expect(describeCountdown(581_000)).toBe('9 minutes 41 seconds');
    expect(describeCountdown(60_000)).toBe('1 minute');
    expect(describeCountdown(1_000)).toBe('1 second');
    expect(describeCountdown(0)).toBe('0 seconds');
  });

  it('ends at expiresAt, never later than the hold length from now', () => {
    const now = Date.parse('2026-12-03T03:30:00Z');
    expect(holdDeadline('2026-12-03T03:39:41Z', 10, now)).toBe(now + 581_000);
    // This browser's clock is behind the server's: the hold cannot last longer than 10 minutes.
    expect(holdDeadline('2026-12-03T03:55:00Z', 10, now)).toBe(now + 600_000);
    expect(holdDeadline('not a date', 10, now)).toBe(now + 600_000);
  });
});
