import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cadenceLabel,
  effectiveCadenceDays,
  isOpenCadenceReminder,
  planCadenceReminder,
  type CadenceWrite,
} from '../../../src/domain/follow-ups/cadence';
import { toReminderFields } from '../../../src/domain/follow-ups/reminder-draft';
import type { Contact, Reminder } from '../../../src/domain/entities';
import { RELATIONSHIP_STAGES } from '../../../src/domain/vocabulary';
import { addLocalDays } from '../../../src/lib/dates';
import { contact, defaultRules, reminder } from './fixtures';

const rules = defaultRules();

describe('effectiveCadenceDays', () => {
  it.each([
    { name: 'own cadence wins over the stage', overrides: { stage: 'mentor', cadenceDays: 30 }, expected: 30 },
    { name: 'own cadence on any stage', overrides: { stage: 'contacted', cadenceDays: 90 }, expected: 90 },
    { name: 'mentor without one: the mentor default (6 weeks)', overrides: { stage: 'mentor' }, expected: 42 },
    { name: 'advocate without one: the mentor default', overrides: { stage: 'advocate' }, expected: 42 },
    { name: 'engaged without one: none', overrides: { stage: 'engaged' }, expected: null },
    { name: 'identified without one: none', overrides: { stage: 'identified' }, expected: null },
  ] satisfies { name: string; overrides: Partial<Contact>; expected: number | null }[])('$name', ({ overrides, expected }) => {
    expect(effectiveCadenceDays(contact('c', 'Dr. C', overrides), rules)).toBe(expected);
  });

  it('uses the mentor default from Settings and yields none while the rule is off', () => {
    const mentor = contact('c', 'Dr. C', { stage: 'mentor' });
    expect(effectiveCadenceDays(mentor, defaultRules({ keepInTouch: { enabled: true, graceDays: 14, mentorDefaultDays: 60 } }))).toBe(60);
    const off = defaultRules({ keepInTouch: { enabled: false, graceDays: 14, mentorDefaultDays: 42 } });
    expect(effectiveCadenceDays(contact('c', 'Dr. C', { cadenceDays: 30 }), off)).toBeNull();
  });

  it('labels cadences in weeks when whole', () => {
    expect([1, 7, 42, 10].map(cadenceLabel)).toEqual(['every day', 'every week', 'every 6 weeks', 'every 10 days']);
  });
});

describe('planCadenceReminder', () => {
  const mentor = contact('c-lee', 'Dr. Ana Lee', { stage: 'mentor' });
  const keepInTouch = (overrides: Partial<Reminder>) =>
    reminder({ kind: 'keep-in-touch', contactId: 'c-lee', dueDate: '2026-04-01', latestDate: '2026-04-15', ...overrides });

  it('creates the reminder when there is none: due last touch + cadence, latest + grace days', () => {
    const writes = planCadenceReminder(mentor, '2026-03-10', [], rules);
    expect(writes).toHaveLength(1);
    const [write] = writes;
    expect(write.type).toBe('create');
    if (write.type !== 'create') return;
    expect(write.reminder).toMatchObject({
      kind: 'keep-in-touch',
      contactId: 'c-lee',
      dueDate: '2026-04-21',
      latestDate: '2026-05-05',
      title: 'Send Dr. Ana Lee an update',
    });
    expect(write.reminder.reason).toContain('every 6 weeks');
  });

  it.each([
    ['mid-December, into the next year', '2026-12-15', '2027-01-26', '2027-02-09'],
    ['across the US spring DST change', '2026-02-20', '2026-04-03', '2026-04-17'],
    ['across the leap day 2028', '2028-01-20', '2028-03-02', '2028-03-16'],
  ])('counts calendar days %s', (_name, touch, due, latest) => {
    const [write] = planCadenceReminder(mentor, touch, [], rules);
    expect(write.type === 'create' && [write.reminder.dueDate, write.reminder.latestDate]).toEqual([due, latest]);
  });

  it('moves the open reminder rather than adding one, and wakes a snoozed one', () => {
    for (const existing of [keepInTouch({ id: 'r-open' }), keepInTouch({ id: 'r-open', status: 'snoozed', snoozedUntil: '2026-04-05' })]) {
      const writes = planCadenceReminder(mentor, '2026-03-20', [existing], rules);
      expect(writes).toEqual([
        {
          type: 'update',
          id: 'r-open',
          changes: expect.objectContaining({ dueDate: '2026-05-01', latestDate: '2026-05-15', status: 'open', snoozedUntil: null }),
        },
      ]);
    }
  });

  it('keeps one of several open reminders and removes the copies', () => {
    const writes = planCadenceReminder(
      mentor,
      '2026-03-20',
      [keepInTouch({ id: 'r-b' }), keepInTouch({ id: 'r-a' }), keepInTouch({ id: 'r-c', status: 'snoozed', snoozedUntil: '2026-04-02' })],
      rules,
    );
    expect(writes.map((w) => [w.type, w.type === 'create' ? null : w.id])).toEqual([
      ['update', 'r-a'],
      ['remove', 'r-b'],
      ['remove', 'r-c'],
    ]);
  });

  it('writes nothing when the open reminder is already right', () => {
    const [created] = planCadenceReminder(mentor, '2026-03-10', [], rules);
    if (created.type !== 'create') throw new Error('expected a create');
    const stored = reminder({ ...toReminderFields(created.reminder), id: 'r-1' });
    expect(planCadenceReminder(mentor, '2026-03-10', [stored], rules)).toEqual([]);
  });

  it('removes open reminders when the cadence is cleared, and leaves history alone', () => {
    const engaged = contact('c-lee', 'Dr. Ana Lee', { stage: 'engaged', cadenceDays: null });
    const writes = planCadenceReminder(
      engaged,
      '2026-03-20',
      [keepInTouch({ id: 'r-open' }), keepInTouch({ id: 'r-done', status: 'done', doneAt: '2026-03-01T10:00:00.000Z' }), keepInTouch({ id: 'r-gone', status: 'dismissed' })],
      rules,
    );
    expect(writes).toEqual([{ type: 'remove', id: 'r-open' }]);
  });

  it('ignores other kinds and other contacts', () => {
    const others = [
      keepInTouch({ id: 'r-other-contact', contactId: 'c-ortiz' }),
      reminder({ id: 'r-thanks', kind: 'thank-you', contactId: 'c-lee' }),
      keepInTouch({ id: 'r-done', status: 'done' }),
    ];
    expect(planCadenceReminder(mentor, '2026-03-20', others, rules).map((w) => w.type)).toEqual(['create']);
  });
});

/** Applies planned writes to an in-memory table, as the data layer does. */
function apply(table: Reminder[], writes: CadenceWrite[], nextId: () => string): Reminder[] {
  let rows = [...table];
  for (const write of writes) {
    if (write.type === 'create') rows.push(reminder({ ...toReminderFields(write.reminder), id: nextId() }));
    else if (write.type === 'update') rows = rows.map((r) => (r.id === write.id ? { ...r, ...write.changes } : r));
    else rows = rows.filter((r) => r.id !== write.id);
  }
  return rows;
}

describe('property: a new touch never leaves two open cadence reminders', () => {
  const step = fc.record({
    /** Days since the previous touch (negative: an older interaction logged late). */
    gap: fc.integer({ min: -30, max: 120 }),
    cadenceDays: fc.option(fc.integer({ min: 1, max: 730 })),
    stage: fc.constantFrom(...RELATIONSHIP_STAGES),
    /** Something else happens to the open reminder between touches. */
    meddle: fc.constantFrom('none', 'snooze', 'done', 'dismiss', 'duplicate'),
  });
  const startingRows = fc.array(
    fc.record({
      status: fc.constantFrom('open', 'snoozed', 'done', 'dismissed'),
      contactId: fc.constantFrom('c-lee', 'c-other'),
      kind: fc.constantFrom('keep-in-touch', 'thank-you'),
    }),
    { maxLength: 5 },
  );

  it('holds over random sequences of touches, cadence edits and inbox actions', () => {
    fc.assert(
      fc.property(startingRows, fc.array(step, { minLength: 1, maxLength: 25 }), (start, steps) => {
        let n = 0;
        const nextId = () => `gen-${++n}`;
        let rows = start.map((s, i) =>
          reminder({
            id: `start-${i}`,
            kind: s.kind,
            contactId: s.contactId,
            status: s.status,
            snoozedUntil: s.status === 'snoozed' ? '2026-05-01' : null,
          }),
        );
        let lastTouch = '2026-03-01';
        for (const s of steps) {
          const touch = addLocalDays(lastTouch, s.gap);
          // The data layer passes the latest touch, whatever order interactions are logged in.
          lastTouch = touch > lastTouch ? touch : lastTouch;
          const who = contact('c-lee', 'Dr. Ana Lee', { stage: s.stage, cadenceDays: s.cadenceDays });
          rows = apply(rows, planCadenceReminder(who, lastTouch, rows, rules), nextId);

          const open = rows.filter((r) => isOpenCadenceReminder(r, 'c-lee'));
          const cadence = effectiveCadenceDays(who, rules);
          expect(open.length).toBe(cadence === null ? 0 : 1);
          if (cadence !== null) {
            expect(open[0].dueDate).toBe(addLocalDays(lastTouch, cadence));
            expect(open[0].dueDate <= open[0].latestDate).toBe(true);
            expect(open[0].status).toBe('open');
          }
          // Other contacts' reminders are never touched.
          expect(rows.filter((r) => r.contactId === 'c-other')).toHaveLength(start.filter((r) => r.contactId === 'c-other').length);

          if (open.length === 1 && s.meddle !== 'none') {
            const target = open[0];
            if (s.meddle === 'duplicate') rows.push({ ...target, id: nextId() });
            else
              rows = rows.map((r) =>
                r.id !== target.id
                  ? r
                  : s.meddle === 'snooze'
                    ? { ...r, status: 'snoozed', snoozedUntil: addLocalDays(r.dueDate, 3) }
                    : { ...r, status: s.meddle === 'done' ? 'done' : 'dismissed' },
              );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
