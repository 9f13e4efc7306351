import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysSinceTouch, nextTouchDue, touchAgoLabel } from '../../src/domain/contact-facts';
import { addLocalDays } from '../../src/lib/dates';

/** An instant at a local time of day, so the local calendar day is known in any time zone. */
const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}`).toISOString();

describe('daysSinceTouch', () => {
  it.each([
    [null, '2026-03-20', null],
    [at('2026-03-20', '00:05:00'), '2026-03-20', 0],
    [at('2026-03-19', '23:55:00'), '2026-03-20', 1],
    [at('2026-02-28'), '2026-03-01', 1],
    [at('2025-12-31'), '2026-03-20', 79],
    [at('2026-03-25'), '2026-03-20', -5],
  ])('%s to %s is %s days', (lastTouchAt, today, expected) => {
    expect(daysSinceTouch(lastTouchAt, today)).toBe(expected);
  });

  it('counts calendar days, whatever the time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 23 }), (days, hour) => {
        const today = '2026-06-15';
        const touched = at(addLocalDays(today, -days), `${String(hour).padStart(2, '0')}:30:00`);
        expect(daysSinceTouch(touched, today)).toBe(days);
      }),
    );
  });
});

describe('touchAgoLabel', () => {
  it.each([
    [null, 'Never'],
    [0, 'Today'],
    [1, 'Yesterday'],
    [12, '12 days ago'],
    [-1, 'Tomorrow'],
    [-3, 'In 3 days'],
  ])('%s → %s', (days, label) => {
    expect(touchAgoLabel(days)).toBe(label);
  });
});

describe('nextTouchDue', () => {
  it.each([
    [null, 42, null],
    [at('2026-03-01'), null, null],
    [at('2026-03-01'), 42, '2026-04-12'],
    [at('2026-01-31'), 30, '2026-03-02'],
  ])('last touch %s, cadence %s → %s', (lastTouchAt, cadence, expected) => {
    expect(nextTouchDue(lastTouchAt, cadence)).toBe(expected);
  });
});
