import { describe, expect, it } from 'vitest';
import { eventOnDay, quickWhen, resolveMeetingPreset, saveSummaryParts, timeWithinEvent } from '../../src/domain/meeting-preset';

// Local time, so the calendar day is the same in every time zone the tests run in.
const NOW = new Date(2026, 11, 3, 14, 30);

const contacts = [
  { id: 'ana', name: 'Dr. Ana Ruiz', role: 'ir-attending' as const, programIds: ['lakeshore'] },
  { id: 'bo', name: 'Dr. Bo Lind', role: 'program-director' as const, programIds: ['lakeshore', 'maple'] },
  { id: 'cy', name: 'Cy Okafor', role: 'resident' as const, programIds: ['maple'] },
];
const events = [
  { id: 'sir', startDate: '2026-12-02', endDate: '2026-12-05' },
  { id: 'open-house', startDate: '2026-12-10', endDate: '2026-12-10' },
];

describe('resolveMeetingPreset', () => {
  it('from a contact page: the person, and their program when they have exactly one', () => {
    const { values } = resolveMeetingPreset({ contactIds: ['ana'] }, { contacts, events: [] }, NOW);
    expect(values.contacts).toEqual([{ id: 'ana', name: 'Dr. Ana Ruiz', role: 'ir-attending', isNew: false }]);
    expect(values.programId).toBe('lakeshore');
    expect(values.kind).toBe('meeting');
    expect(values.occurredAt).toBe('2026-12-03T14:30');
  });

  it('a person with two programs gets no guessed program', () => {
    expect(resolveMeetingPreset({ contactIds: ['bo'] }, { contacts, events: [] }, NOW).values.programId).toBe('');
  });

  it('from a program page: the program, its people offered first', () => {
    const resolved = resolveMeetingPreset({ programId: 'maple' }, { contacts, events: [] }, NOW);
    expect(resolved.values.programId).toBe('maple');
    expect(resolved.values.contacts).toEqual([]);
    expect(resolved.preferredContactIds).toEqual(['bo', 'cy']);
  });

  it('from a reminder: its person, an email, and the reminder to mark done', () => {
    const resolved = resolveMeetingPreset(
      { contactIds: ['cy'], reminder: { id: 'r1', title: 'Thank Cy Okafor', kind: 'thank-you' } },
      { contacts, events: [] },
      NOW,
    );
    expect(resolved.values.contacts.map((c) => c.id)).toEqual(['cy']);
    expect(resolved.values.kind).toBe('email');
    expect(resolved.reminder).toEqual({ id: 'r1', title: 'Thank Cy Okafor' });
  });

  it('from an event page: a conference conversation on one of its days', () => {
    const during = resolveMeetingPreset({ eventId: 'sir' }, { contacts, events }, NOW);
    expect(during.values).toMatchObject({ eventId: 'sir', kind: 'conference-conversation', occurredAt: '2026-12-03T14:30' });
    const after = resolveMeetingPreset({ eventId: 'sir' }, { contacts, events }, new Date(2026, 11, 20, 9, 15));
    expect(after.values.occurredAt).toBe('2026-12-05T09:15');
    const before = resolveMeetingPreset({ eventId: 'open-house' }, { contacts, events }, NOW);
    expect(before.values.occurredAt).toBe('2026-12-10T14:30');
  });

  it('with no event given, one happening today is preselected', () => {
    const { values } = resolveMeetingPreset({}, { contacts, events }, NOW);
    expect(values).toMatchObject({ eventId: 'sir', kind: 'conference-conversation' });
    expect(resolveMeetingPreset({}, { contacts, events }, new Date(2026, 11, 8, 10)).values.eventId).toBe('');
  });

  it('an explicit kind wins', () => {
    expect(resolveMeetingPreset({ eventId: 'sir', kind: 'poster-visit' }, { contacts, events }, NOW).values.kind).toBe('poster-visit');
  });
});

describe('helpers', () => {
  it('eventOnDay and timeWithinEvent', () => {
    expect(eventOnDay(events, '2026-12-05')?.id).toBe('sir');
    expect(eventOnDay(events, '2026-12-06')).toBeUndefined();
    expect(eventOnDay(events, '2026-12-10')?.id).toBe('open-house');
    expect(timeWithinEvent(events[1], NOW)).toBe('2026-12-10T14:30');
  });

  it('quickWhen: yesterday at this time; earlier today is two hours ago, never before midnight', () => {
    expect(quickWhen('yesterday', NOW)).toBe('2026-12-02T14:30');
    expect(quickWhen('earlier-today', NOW)).toBe('2026-12-03T12:30');
    expect(quickWhen('earlier-today', new Date(2026, 11, 3, 1, 0))).toBe('2026-12-03T00:00');
  });

  it('saveSummaryParts: the first ticked reminder, how many more, and stage changes not declined', () => {
    const labels = { reminderKind: (k: string) => (k === 'thank-you' ? 'Thank-you' : 'Follow-up'), stage: (s: string) => (s === 'met' ? 'Met' : s), day: (d: string) => `[${d}]` };
    const reminders = [
      { include: true, kind: 'follow-up' as const, dueDate: '2026-12-31', latestDate: '2027-01-14' },
      { include: true, kind: 'thank-you' as const, dueDate: '2026-12-06', latestDate: '2026-12-10' },
      { include: false, kind: 'thank-you' as const, dueDate: '2026-12-04', latestDate: '2026-12-04' },
    ];
    const advances = [
      { contactId: 'ana', stage: { to: 'met' } },
      { contactId: 'bo', stage: { to: 'met' } },
      { contactId: 'cy', stage: null },
    ];
    expect(saveSummaryParts(reminders, advances, new Set(), labels)).toEqual(['thank-you by [2026-12-10] + 1 more', 'stage → Met']);
    expect(saveSummaryParts([], advances, new Set(['ana', 'bo']), labels)).toEqual([]);
  });
});
