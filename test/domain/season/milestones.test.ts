import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentMatchYear, nthWeekday, typicalMilestones } from '../../../src/domain/season/milestones';

const dates = (matchYear: number) => Object.fromEntries(typicalMilestones(matchYear).map((m) => [m.kind, m.end ? `${m.start}..${m.end}` : m.start]));

describe('typical milestones of a cycle', () => {
  // Recent cycles, as published, land on the rules' days.
  it.each([
    [2024, { 'eras-opens': '2023-06-07', 'applications-submit': '2023-09-06', 'programs-receive': '2023-09-27', 'rank-certification': '2024-02-28', 'match-day': '2024-03-15' }],
    [2025, { 'eras-opens': '2024-06-05', 'applications-submit': '2024-09-04', 'programs-receive': '2024-09-25', 'rank-certification': '2025-03-05', 'match-day': '2025-03-21' }],
    [2026, { 'eras-opens': '2025-06-04', 'applications-submit': '2025-09-03', 'programs-receive': '2025-09-24', 'rank-certification': '2026-03-04', 'match-day': '2026-03-20' }],
    [2027, { 'eras-opens': '2026-06-03', 'applications-submit': '2026-09-02', 'programs-receive': '2026-09-23', 'rank-certification': '2027-03-03', 'match-day': '2027-03-19' }],
  ])('the %i Match', (year, expected) => {
    expect(dates(year)).toMatchObject({ ...expected, 'interview-season': `${year - 1}-10-01..${year}-01-31`, 'rank-list-opens': `${year}-02-01` });
  });

  it('comes in date order, with the certification deadline on a Wednesday and Match Day on a Friday (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const milestones = typicalMilestones(year);
        const starts = milestones.map((m) => m.start);
        expect([...starts].sort()).toEqual(starts);
        const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
        expect(weekday(milestones.find((m) => m.kind === 'rank-certification')!.start)).toBe(3);
        expect(weekday(milestones.find((m) => m.kind === 'match-day')!.start)).toBe(5);
        for (const m of milestones) expect(m.start.startsWith(String(year - 1)) || m.start.startsWith(String(year))).toBe(true);
      }),
    );
  });

  it('finds the nth weekday of a month', () => {
    expect(nthWeekday(2026, 3, 5, 3).toISOString().slice(0, 10)).toBe('2026-03-20');
    expect(nthWeekday(2026, 6, 3, 1).toISOString().slice(0, 10)).toBe('2026-06-03');
  });

  it.each([
    ['2026-12-03', 2027],
    ['2026-06-01', 2027],
    ['2026-05-31', 2026],
    ['2027-03-19', 2027],
  ])('on %s the cycle under way ends with the %i Match', (today, year) => {
    expect(currentMatchYear(today)).toBe(year);
  });
});
