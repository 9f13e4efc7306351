import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beats, chooseWinner, versionText, type RecordVersion } from '../../../src/domain/sync/winner';

const v = (changedAt: string, record: Record<string, unknown> | null): RecordVersion => ({ changedAt, record });

describe('chooseWinner', () => {
  it.each([
    ['the later change wins', [v('2026-12-01T10:00:00.000Z', { name: 'Ana' }), v('2026-12-01T10:00:01.000Z', { name: 'Ana M.' })], { name: 'Ana M.' }],
    ['a later deletion wins over an earlier edit', [v('2026-12-01T10:00:00.000Z', { name: 'Ana' }), v('2026-12-01T11:00:00.000Z', null)], null],
    ['a later restore wins over an earlier deletion', [v('2026-12-01T11:00:00.000Z', null), v('2026-12-01T12:00:00.000Z', { name: 'Ana' })], { name: 'Ana' }],
    ['same instant: the content that sorts first as JSON', [v('2026-12-01T10:00:00.000Z', { name: 'Ben' }), v('2026-12-01T10:00:00.000Z', { name: 'Ana' })], { name: 'Ana' }],
  ])('%s', (_, versions, expected) => {
    expect(chooseWinner(versions).winner.record).toEqual(expected);
    expect(chooseWinner([...versions].reverse()).winner.record).toEqual(expected);
  });

  it('refuses an empty list', () => {
    expect(() => chooseWinner([])).toThrow();
  });

  const version = fc.record({
    changedAt: fc.constantFrom('2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.001Z', '2026-12-02T08:00:00.000Z'),
    record: fc.option(fc.record({ name: fc.constantFrom('Ana', 'Ben', 'Cara'), notes: fc.string({ maxLength: 3 }) }), { nil: null }),
  });

  it('picks the same winner whatever order the versions arrive in, and the winner beats every loser (fast-check)', () => {
    fc.assert(
      fc.property(
        fc
          .array(version, { minLength: 1, maxLength: 6 })
          .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([versions, shuffled]) => {
        const one = chooseWinner(versions);
        const other = chooseWinner(shuffled);
        expect(versionText(other.winner) + other.winner.changedAt).toBe(versionText(one.winner) + one.winner.changedAt);
        for (const loser of one.losers) expect(beats(loser, one.winner)).toBe(false);
        expect(one.losers).toHaveLength(versions.length - 1);
        },
      ),
    );
  });
});
