/** The .ics export, checked by parsing it back with ical.js rather than comparing strings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { icsFileName, reminderUid, remindersToIcs, type CalendarLookups } from '../../src/domain/calendar-export';
import type { Reminder } from '../../src/domain/entities';
import { contact, reminder } from './follow-ups/fixtures';

const lookups: CalendarLookups = {
  contacts: [contact('c-lee', 'Dr. Ana Lee'), contact('c-ortiz', 'Dr. Ben Ortiz')],
  now: new Date('2026-03-01T15:00:00Z'),
  today: '2026-03-01',
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      trigger: String(alarm.getFirstPropertyValue('trigger')),
      description: alarm.getFirstPropertyValue('description'),
    }));
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: event.startDate.isDate,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      transparency: vevent.getFirstPropertyValue('transp'),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      alarms,
    };
  });
  return { calendar, events };
}

function exportOk(reminders: Reminder[], extra: Partial<CalendarLookups> = {}) {
  const result = remindersToIcs(reminders, { ...lookups, ...extra });
  if (!result.ok) throw new Error(result.error);
  return { ...result, ...parse(result.ics) };
}

const thanks = reminder({
  id: 'r-thanks',
  title: 'Thank Dr. Ana Lee after SIR 2026',
  reason: 'You spoke at SIR about Y-90 dosimetry.',
  contactId: 'c-lee',
  dueDate: '2026-03-13',
  latestDate: '2026-03-17',
});
const commitmentDue = reminder({
  id: 'r-cv',
  kind: 'commitment',
  title: 'Deliver to Dr. Ben Ortiz: Send my CV',
  contactId: 'c-ortiz',
  dueDate: '2026-12-31',
  latestDate: '2026-12-31',
});
const snoozed = reminder({
  id: 'r-snoozed',
  title: 'Update Dr. Ana Lee',
  contactId: 'c-lee',
  dueDate: '2026-03-02',
  latestDate: '2026-03-04',
  status: 'snoozed',
  snoozedUntil: '2026-03-09',
});
const done = reminder({ id: 'r-done', status: 'done', doneAt: '2026-03-01T10:00:00.000Z' });
const dismissed = reminder({ id: 'r-dismissed', status: 'dismissed' });

describe('remindersToIcs', () => {
  it('makes one all-day VEVENT per open or snoozed reminder, skipping done and dismissed', () => {
    const { events, eventCount, calendar } = exportOk([thanks, done, commitmentDue, dismissed, snoozed]);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(eventCount).toBe(3);
    expect(events).toHaveLength(3);
    expect(events.map((e) => [e.uid, e.allDay, e.start, e.end])).toEqual([
      [reminderUid('r-thanks'), true, '2026-03-13', '2026-03-14'],
      [reminderUid('r-cv'), true, '2026-12-31', '2027-01-01'],
      // A snoozed reminder sits on its snooze day.
      [reminderUid('r-snoozed'), true, '2026-03-09', '2026-03-10'],
    ]);
    expect(events.every((e) => e.transparency === 'TRANSPARENT')).toBe(true);
  });

  it('puts a display alarm on the due day at 9:00 by default, or the hour asked for', () => {
    const { events } = exportOk([thanks, commitmentDue]);
    for (const event of events) {
      expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: 'PT9H', description: event.summary }]);
    }
    const early = exportOk([thanks], { alarmHour: 7 });
    expect(early.events[0].alarms[0].trigger).toBe('PT7H');
  });

  it('uses the title as summary, and reason, person and window as description', () => {
    const { events } = exportOk([thanks]);
    expect(events[0].summary).toBe('Thank Dr. Ana Lee after SIR 2026');
    expect(events[0].description.split('\n')).toEqual([
      'You spoke at SIR about Y-90 dosimetry.',
      'Person: Dr. Ana Lee',
      'When: due Fri 13 Mar 2026, latest Tue 17 Mar 2026',
    ]);
  });

  it('leaves the person out when the reminder has none or the contact is unknown', () => {
    const { events } = exportOk([reminder({ id: 'a', contactId: null, reason: '' }), reminder({ id: 'b', contactId: 'c-gone' })]);
    expect(events.map((e) => e.description.includes('Person:'))).toEqual([false, false]);
    expect(events[0].description).toBe('When: due Tue 3 Mar 2026, latest Fri 6 Mar 2026');
  });

  it('keeps UIDs stable across exports and stamps the time given', () => {
    const first = exportOk([thanks, snoozed]);
    const again = exportOk([snoozed, thanks], { now: new Date('2026-05-01T08:30:00Z') });
    expect(new Set(again.events.map((e) => e.uid))).toEqual(new Set(first.events.map((e) => e.uid)));
    expect(first.events[0].stamp).toBe('2026-03-01T15:00:00Z');
    expect(again.events[0].stamp).toBe('2026-05-01T08:30:00Z');
  });

  it('round-trips text with commas, semicolons, backslashes, accents and new lines', () => {
    const title = 'Deliver to Dr. Müller; CV, abstract \\ and poster';
    const reason = 'Line one, with comma;\nline two — “quoted”';
    const { events } = exportOk([reminder({ id: 'x', title, reason })]);
    expect(events[0].summary).toBe(title);
    expect(events[0].description.startsWith(reason)).toBe(true);
  });

  const printable = fc.string({
    unit: fc.oneof(fc.constantFrom(',', ';', '\\', '\n', ':', '"', ' ', 'é', '📅'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 200,
  });

  it('property: any printable title comes back intact, in the summary and in the alarm', () => {
    fc.assert(
      fc.property(printable, fc.string({ maxLength: 300 }), (raw, reason) => {
        const title = raw.trim();
        // eslint-disable-next-line no-control-regex -- control characters are tested separately below
        fc.pre(title.length > 0 && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(title));
        const { events } = exportOk([reminder({ id: 'p', title, reason })]);
        expect(events).toHaveLength(1);
        expect(events[0].summary).toBe(title);
        expect(events[0].alarms[0].description).toBe(title);
      }),
      { numRuns: 300 },
    );
  });

  it('property: control characters never break the file', () => {
    const withControls = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\r\n', '\u0000', '\u0007', '\u001b', '\t'), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(withControls, withControls, (title, reason) => {
        fc.pre(title.trim().length > 0);
        const { events } = exportOk([reminder({ id: 'p', title: title.trim(), reason })]);
        expect(events).toHaveLength(1);
        expect(events[0].start).toBe('2026-03-03');
        expect(events[0].alarms).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('drops control characters and turns CR line breaks into new lines', () => {
    const { events } = exportOk([reminder({ id: 'c', title: 'Bell\u0007 here', reason: 'one\rtwo\r\nthree' })]);
    expect(events[0].summary).toBe('Bell here');
    expect(events[0].description.startsWith('one\ntwo\nthree\n')).toBe(true);
  });

  it('returns a clear error instead of an empty file', () => {
    expect(remindersToIcs([], lookups)).toEqual({ ok: false, error: 'There are no open reminders to export.' });
    expect(remindersToIcs([done, dismissed], lookups)).toEqual({ ok: false, error: 'There are no open reminders to export.' });
    expect(remindersToIcs([thanks], { ...lookups, alarmHour: 0 })).toEqual({
      ok: false,
      error: 'The alarm hour must be a whole hour from 1 to 23.',
    });
  });
});

describe('reminders already due: placed on the day of export so the alarm rings', () => {
  const today = '2026-03-10';
  it.each([
    { name: 'overdue (window ended)', r: { dueDate: '2026-03-02', latestDate: '2026-03-06' }, start: today, note: /^Overdue: its window ended Fri 6 Mar 2026\. Placed on the day of export \(Tue 10 Mar 2026\) so the alarm still rings\./ },
    { name: 'in its window (due yesterday, latest tomorrow)', r: { dueDate: '2026-03-09', latestDate: '2026-03-11' }, start: today, note: /^Due Mon 9 Mar 2026 and still on time until Wed 11 Mar 2026\. Placed on the day of export/ },
    { name: 'due today: on its own day, nothing said', r: { dueDate: '2026-03-10', latestDate: '2026-03-12' }, start: today, note: /^Reason/ },
    { name: 'due later: on its due day', r: { dueDate: '2026-03-20', latestDate: '2026-03-22' }, start: '2026-03-20', note: /^Reason/ },
    { name: 'snoozed past its due day: on the snooze day', r: { dueDate: '2026-03-01', latestDate: '2026-03-02', status: 'snoozed' as const, snoozedUntil: '2026-03-12' }, start: '2026-03-12', note: /^Reason/ },
  ])('$name', ({ r, start, note }) => {
    const { events } = exportOk([reminder({ id: 'late', reason: 'Reason here', ...r })], { today });
    expect(events[0].start).toBe(start);
    expect(events[0].end).toBe(addDay(start));
    expect(events[0].description).toMatch(note);
    expect(events[0].alarms[0].trigger).toBe('PT9H');
  });

  it('keeps the same UID when a moved reminder is exported again on a later day, so a re-import updates it', () => {
    const late = reminder({ id: 'late', dueDate: '2026-03-02', latestDate: '2026-03-06' });
    const monday = exportOk([late], { today: '2026-03-09' });
    const tuesday = exportOk([late], { today: '2026-03-10' });
    expect(tuesday.events[0].uid).toBe(monday.events[0].uid);
    expect([monday.events[0].start, tuesday.events[0].start]).toEqual(['2026-03-09', '2026-03-10']);
  });
});

function addDay(day: string): string {
  const t = ICAL.Time.fromDateString(day);
  t.adjust(1, 0, 0, 0);
  return t.toString();
}

describe('line folding: every line at most 75 octets of UTF-8, never inside a character', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom('é', 'ü', '—', '“', '”', '📅', '中', 'a', ' ', ',', ';'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 400,
  });

  it('property: any title and reason fold to lines of ≤75 octets that unfold to the same text', () => {
    fc.assert(
      fc.property(text, text, (rawTitle, reason) => {
        const title = rawTitle.trim();
        // eslint-disable-next-line no-control-regex -- control characters are dropped on purpose and tested above
        fc.pre(title.length > 0 && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(title + reason));
        const result = remindersToIcs([reminder({ id: 'f', title, reason })], lookups);
        if (!result.ok) throw new Error(result.error);
        const lines = result.ics.split('\r\n');
        for (const line of lines) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          // A fold between the halves of a surrogate pair would leave a lone surrogate.
          expect(line).not.toMatch(/[\uD800-\uDBFF]$|^[ ]?[\uDC00-\uDFFF]/);
        }
        const events = parse(result.ics).events;
        expect(events[0].summary).toBe(title);
        expect(events[0].description.startsWith(reason.replace(/\r\n?/g, '\n').trim())).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('folds a long line of 3- and 4-octet characters between characters, at most 75 octets each', () => {
    const title = '中'.repeat(30) + '📅'.repeat(30);
    const result = remindersToIcs([reminder({ id: 'wide', title })], lookups);
    if (!result.ok) throw new Error(result.error);
    const summary = result.ics.split('\r\n').filter((l, i, all) => l.startsWith('SUMMARY:') || (l.startsWith(' ') && all.slice(0, i).some((x) => x.startsWith('SUMMARY:'))));
    expect(summary.length).toBeGreaterThan(2);
    for (const line of result.ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parse(result.ics).events[0].summary).toBe(title);
  });
});

describe('icsFileName', () => {
  it.each([
    { name: 'one reminder: its title and due day', reminders: [thanks], file: 'rapport-thank-dr-ana-lee-after-sir-2026-2026-03-13.ics' },
    { name: 'accents folded to ASCII', reminders: [reminder({ title: 'Écrire à Dr. Müller!' })], file: 'rapport-ecrire-a-dr-muller-2026-03-03.ics' },
    { name: 'nothing ASCII in the title', reminders: [reminder({ title: '☎️ 📅' })], file: 'rapport-reminder-2026-03-03.ics' },
    { name: 'several: today', reminders: [thanks, commitmentDue], file: 'rapport-reminders-2026-03-01.ics' },
    { name: 'none: today', reminders: [], file: 'rapport-reminders-2026-03-01.ics' },
  ])('$name', ({ reminders, file }) => {
    expect(icsFileName(reminders, '2026-03-01')).toBe(file);
  });

  it('keeps names short and ASCII', () => {
    const name = icsFileName([reminder({ title: 'A'.repeat(200) })], '2026-03-01');
    expect(name.length).toBeLessThanOrEqual(60 + 'rapport--2026-03-03.ics'.length);
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
