/** lib/date-format: every date the app writes, in the user's locale, one style for each kind of date. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  dateTimeLabel,
  dayLabel,
  dayMonthRangeLabel,
  dayRangeLabel,
  instantDayLabel,
  longMonthDayLabel,
  longMonthDayRangeLabel,
  shortDayLabel,
  timeLabel,
  userLocale,
  weekdayDayLabel,
} from '../../src/lib/date-format';

function useLocale(locale: string) {
  Object.defineProperty(window.navigator, 'languages', { value: [locale], configurable: true });
}
afterEach(() => useLocale('en-GB'));

const evening = new Date(2026, 11, 1, 21, 43);

describe('date-format in British English (the tests’ browser)', () => {
  it.each([
    ['dayLabel', () => dayLabel('2026-12-01'), '1 Dec 2026'],
    ['shortDayLabel', () => shortDayLabel('2026-03-03'), 'Tue 3 Mar'],
    ['weekdayDayLabel', () => weekdayDayLabel('2026-03-03'), 'Tue 3 Mar 2026'],
    ['instantDayLabel', () => instantDayLabel(evening), '1 Dec 2026'],
    ['timeLabel', () => timeLabel(evening), '21:43'],
    ['dateTimeLabel', () => dateTimeLabel(evening.toISOString()), '1 Dec 2026 at 21:43'],
    ['dayRangeLabel, one day', () => dayRangeLabel('2027-03-20', '2027-03-20'), '20 Mar 2027'],
    ['dayRangeLabel, one month', () => dayRangeLabel('2027-03-20', '2027-03-25'), '20–25 Mar 2027'],
    ['dayRangeLabel, two months', () => dayRangeLabel('2027-03-30', '2027-04-02'), '30 Mar – 2 Apr 2027'],
    ['dayRangeLabel, two years', () => dayRangeLabel('2026-12-30', '2027-01-02'), '30 Dec 2026 – 2 Jan 2027'],
    ['dayMonthRangeLabel', () => dayMonthRangeLabel('2026-03-06', '2026-03-13'), '6 Mar – 13 Mar'],
  ])('%s', (_, label, expected) => {
    expect(userLocale()).toBe('en-GB');
    expect(label()).toBe(expected);
  });
});

describe('date-format follows the browser’s locale', () => {
  it('writes American English the American way', () => {
    useLocale('en-US');
    expect(dayLabel('2026-12-01')).toBe('Dec 1, 2026');
    expect(timeLabel(evening)).toBe('9:43 PM');
    expect(dayRangeLabel('2027-03-20', '2027-03-25')).toBe('Mar 20–25, 2027');
  });

  it('writes German the German way', () => {
    useLocale('de-DE');
    expect(dayLabel('2026-12-01')).toBe('1. Dez. 2026');
    expect(timeLabel(evening)).toBe('21:43');
  });

  it('keeps letters in the locale they are written for, whatever the browser’s', () => {
    useLocale('de-DE');
    expect(longMonthDayLabel(evening, 'en-US')).toBe('December 1');
    expect(longMonthDayRangeLabel('2027-03-20', '2027-03-25', 'en-US')).toBe('March 20–25');
    expect(longMonthDayRangeLabel('2027-03-30', '2027-04-02', 'en-US')).toBe('March 30 – April 2');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => dayLabel('1 Dec')).toThrow(RangeError);
  });
});
