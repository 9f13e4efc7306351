import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyMeetingForm,
  fromDatetimeLocal,
  keptReminders,
  meetingFormSchema,
  occurredAtQuestion,
  reviewProposals,
  rulesInputOf,
  toDatetimeLocal,
  toInteractionFields,
  type MeetingFormValues,
} from '../../src/domain/meeting-form';
import { interactionFieldsSchema } from '../../src/domain/entities';
import type { ProposedReminder } from '../../src/domain/follow-ups/reminder-draft';

const lee = { id: 'c-lee', name: 'Dr. Ana Lee', role: 'ir-attending' as const, isNew: false };
const form = (overrides: Partial<MeetingFormValues> = {}): MeetingFormValues => ({
  ...emptyMeetingForm(new Date(2027, 2, 10, 15, 30)),
  contacts: [lee],
  ...overrides,
});

const proposal = (key: string, overrides: Partial<ProposedReminder> = {}): ProposedReminder => ({
  key,
  ruleId: 'conferenceThankYou',
  windowPassed: false,
  replaces: [],
  dueDate: '2027-03-13',
  latestDate: '2027-03-17',
  title: `Title ${key}`,
  reason: 'Why',
  kind: 'thank-you',
  contactId: 'c-lee',
  programId: null,
  interactionId: null,
  eventId: null,
  commitmentId: null,
  ...overrides,
});

describe('datetime-local values', () => {
  it.each([
    ['2027-03-10T15:30', new Date(2027, 2, 10, 15, 30)],
    ['2027-03-10T15:30:45', new Date(2027, 2, 10, 15, 30, 45)],
    ['2027-12-31T23:59', new Date(2027, 11, 31, 23, 59)],
  ])('%s is that local time', (value, expected) => {
    expect(fromDatetimeLocal(value)?.getTime()).toBe(expected.getTime());
  });

  it.each(['', '2027-03-10', '2027-02-30T10:00', '2027-03-10T25:00', '10/03/2027 10:00', '2027-03-10T10:00Z'])(
    '%j is refused',
    (value) => {
      expect(fromDatetimeLocal(value)).toBeNull();
    },
  );

  it('round-trips any minute in the local calendar', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), (date) => {
        const minute = new Date(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes());
        expect(fromDatetimeLocal(toDatetimeLocal(minute))?.getTime()).toBe(minute.getTime());
      }),
    );
  });
});

describe('meetingFormSchema', () => {
  it('asks for a contact, with the message shown next to the contact field', () => {
    const result = meetingFormSchema.safeParse(form({ contacts: [] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contacts', 'Add at least one contact: type a name and pick them, or create them.'],
    ]);
  });

  it.each([
    { name: 'a blank time', o: { occurredAt: '' }, path: 'occurredAt' },
    { name: 'the year 9999', o: { occurredAt: '9999-12-31T10:00' }, path: 'occurredAt' },
    { name: 'the year 2101', o: { occurredAt: '2101-01-01T00:00' }, path: 'occurredAt' },
    { name: 'the year 0202 (a typo for 2026)', o: { occurredAt: '0202-03-10T10:00' }, path: 'occurredAt' },
    { name: 'an overlong summary', o: { summary: 'x'.repeat(301) }, path: 'summary' },
    { name: 'a commitment with no text', o: { commitments: [{ id: 'k', direction: 'promised' as const, text: '  ', dueDate: '' }] }, path: 'commitments.0.text' },
    { name: 'a commitment on a day that does not exist', o: { commitments: [{ id: 'k', direction: 'offered' as const, text: 'Intro', dueDate: '2027-02-29' }] }, path: 'commitments.0.dueDate' },
  ])('refuses $name', ({ o, path }) => {
    const result = meetingFormSchema.safeParse(form(o));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('becomes a valid interaction: local time as an instant, empty choices as null, commitments open', () => {
    const values = meetingFormSchema.parse(
      form({
        kind: 'conference-conversation',
        programId: '',
        eventId: 'e-sir',
        summary: '  Y-90 dosimetry  ',
        commitments: [
          { id: 'k1', direction: 'promised', text: 'Send the abstract', dueDate: '2027-03-20' },
          { id: 'k2', direction: 'offered', text: 'Intro to the PD', dueDate: '' },
        ],
      }),
    );
    const fields = toInteractionFields(values);
    expect(fields).toEqual({
      occurredAt: new Date(2027, 2, 10, 15, 30).toISOString(),
      kind: 'conference-conversation',
      contactIds: ['c-lee'],
      programId: null,
      eventId: 'e-sir',
      summary: 'Y-90 dosimetry',
      notes: '',
      learned: '',
      nextStep: '',
      commitments: [
        { id: 'k1', direction: 'promised', text: 'Send the abstract', dueDate: '2027-03-20', done: false },
        { id: 'k2', direction: 'offered', text: 'Intro to the PD', dueDate: null, done: false },
      ],
    });
    expect(interactionFieldsSchema.safeParse(fields).success).toBe(true);
  });
});

describe('rulesInputOf', () => {
  it('is null until there is a contact and a real time', () => {
    expect(rulesInputOf(form({ contacts: [] }))).toBeNull();
    expect(rulesInputOf(form({ occurredAt: '2027-03-' }))).toBeNull();
    expect(rulesInputOf(form())).not.toBeNull();
  });

  it('leaves out commitments still being typed', () => {
    const input = rulesInputOf(
      form({
        commitments: [
          { id: 'done-typing', direction: 'promised', text: ' CV ', dueDate: '2027-03-20' },
          { id: 'no-text', direction: 'promised', text: '', dueDate: '2027-03-20' },
          { id: 'no-date', direction: 'offered', text: 'Intro', dueDate: '' },
          { id: 'bad-date', direction: 'offered', text: 'Intro', dueDate: '2027-02-31' },
        ],
      }),
    );
    expect(input?.commitments).toEqual([{ id: 'done-typing', direction: 'promised', text: 'CV', dueDate: '2027-03-20', done: false }]);
  });
});

describe('reviewProposals and keptReminders', () => {
  it('ticks proposals by default, leaves a passed window unticked, and applies the user’s choices', () => {
    const reviewed = reviewProposals(
      [proposal('a'), proposal('b', { windowPassed: true }), proposal('c'), proposal('d', { windowPassed: true })],
      { c: { include: false }, a: { title: 'Thank her for the tips', dueDate: '2027-03-12' }, d: { include: true } },
    );
    expect(reviewed.map((r) => [r.proposal.key, r.include, r.title, r.dueDate])).toEqual([
      ['a', true, 'Thank her for the tips', '2027-03-12'],
      ['b', false, 'Title b', '2027-03-13'],
      ['c', false, 'Title c', '2027-03-13'],
      ['d', true, 'Title d', '2027-03-13'],
    ]);
    const kept = keptReminders(reviewed);
    expect(kept.ok && kept.drafts.map((d) => [d.title, d.dueDate, d.latestDate])).toEqual([
      ['Thank her for the tips', '2027-03-12', '2027-03-17'],
      ['Title d', '2027-03-13', '2027-03-17'],
    ]);
    // Drafts carry no planner bookkeeping.
    expect(kept.ok && Object.keys(kept.drafts[0]).sort()).toEqual(
      ['commitmentId', 'contactId', 'dueDate', 'eventId', 'interactionId', 'kind', 'latestDate', 'programId', 'reason', 'title'],
    );
  });

  it('names every bad field of a ticked proposal and ignores unticked ones', () => {
    const reviewed = reviewProposals([proposal('a'), proposal('b')], {
      a: { title: '  ', latestDate: '2027-03-01' },
      b: { include: false, dueDate: 'not a day' },
    });
    const kept = keptReminders(reviewed);
    expect(kept).toEqual({
      ok: false,
      issues: {
        a: [
          { field: 'title', message: 'Give the reminder a title' },
          { field: 'latestDate', message: 'The latest day cannot be before the due day' },
        ],
      },
    });
  });

  it('keeps exactly the ticked proposals, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (ticks) => {
        const proposals = ticks.map((_, i) => proposal(`p${i}`));
        const choices = Object.fromEntries(ticks.map((include, i) => [`p${i}`, { include }]));
        const kept = keptReminders(reviewProposals(proposals, choices));
        expect(kept.ok && kept.drafts.map((d) => d.title)).toEqual(
          proposals.filter((_, i) => ticks[i]).map((p) => p.title),
        );
      }),
    );
  });
});

describe('implausible dates are caught at the When field', () => {
  const now = new Date(2026, 11, 2, 10, 0);
  it.each([
    { name: 'today', value: '2026-12-02T09:00', asks: false },
    { name: 'a year ago', value: '2025-12-02T09:00', asks: false },
    { name: 'exactly a year ahead', value: '2027-12-02T10:00', asks: false },
    { name: 'a year and a day ahead', value: '2027-12-03T10:00', asks: true },
    { name: 'in 2100', value: '2100-06-01T10:00', asks: true },
    { name: 'the year 9999 (refused by the schema instead)', value: '9999-12-31T10:00', asks: false },
  ])('$name: asks = $asks', ({ value, asks }) => {
    const question = occurredAtQuestion(value, now);
    expect(question !== null).toBe(asks);
    if (asks) expect(question).toMatch(/^That is more than a year from now \(\d+ \w+ \d{4}\)\./);
  });

  it('proposes nothing for a year the schema refuses, instead of failing on a five-digit day', () => {
    expect(rulesInputOf(form({ occurredAt: '9999-12-31T10:00' }))).toBeNull();
    expect(meetingFormSchema.safeParse(form({ occurredAt: '9999-12-31T10:00' })).error?.issues[0].message).toBe(
      'Enter a year between 1950 and 2100',
    );
  });
});
