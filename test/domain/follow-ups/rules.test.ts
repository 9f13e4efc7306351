/**
 * Follow-up rules. Instants are built from local wall-clock times
 * (`localInstant`), so every expected day holds in whatever zone the suite
 * runs; dst-new-york.test.ts repeats the DST weeks pinned to America/New_York.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { proposeFollowUps, type ContactHistory, type FollowUpInput } from '../../../src/domain/follow-ups/rules';
import { reminderFieldsSchema } from '../../../src/domain/entities';
import { toReminderFields } from '../../../src/domain/follow-ups/reminder-draft';
import { localDaysBetween, toLocalDate } from '../../../src/lib/dates';
import { INTERACTION_KINDS, type InteractionKind } from '../../../src/domain/vocabulary';
import { commitment, contact, defaultRules, interaction, localInstant } from './fixtures';

const lee = contact('c-lee', 'Dr. Ana Lee');
const ortiz = contact('c-ortiz', 'Dr. Ben Ortiz');

function input(overrides: Partial<FollowUpInput> & Pick<FollowUpInput, 'interaction'>): FollowUpInput {
  return { contacts: [lee, ortiz], history: {}, rules: defaultRules(), event: null, today: '2026-01-01', ...overrides };
}

const windows = (proposals: ReturnType<typeof proposeFollowUps>) =>
  proposals.map((p) => ({ key: p.key, ruleId: p.ruleId, kind: p.kind, dueDate: p.dueDate, latestDate: p.latestDate }));

describe('offset rules: due and latest days, per contact', () => {
  const cases: {
    name: string;
    kind: InteractionKind;
    at: string;
    expected: { key: string; ruleId: string; kind: string; dueDate: string; latestDate: string }[];
  }[] = [
    {
      name: 'conference conversation: thank-you +3..+7 for each contact',
      kind: 'conference-conversation',
      at: localInstant(2026, 3, 10, 14),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-03-13', latestDate: '2026-03-17' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-03-13', latestDate: '2026-03-17' },
      ],
    },
    {
      name: 'poster visit late on Jan 29: +3 crosses the month end',
      kind: 'poster-visit',
      at: localInstant(2026, 1, 29, 23, 30),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-02-01', latestDate: '2026-02-05' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-02-01', latestDate: '2026-02-05' },
      ],
    },
    {
      name: 'leap February 2028: +3 lands on Feb 29',
      kind: 'conference-conversation',
      at: localInstant(2028, 2, 26, 9),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2028-02-29', latestDate: '2028-03-04' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2028-02-29', latestDate: '2028-03-04' },
      ],
    },
    {
      name: 'common-year February 2027: +3 lands on Mar 1',
      kind: 'conference-conversation',
      at: localInstant(2027, 2, 26, 9),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2027-03-01', latestDate: '2027-03-05' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2027-03-01', latestDate: '2027-03-05' },
      ],
    },
    {
      name: 'interview day on Dec 30: +1..+3 crosses the year end',
      kind: 'interview-day',
      at: localInstant(2026, 12, 30, 17),
      expected: [
        { key: 'interviewThankYou:c-lee', ruleId: 'interviewThankYou', kind: 'thank-you', dueDate: '2026-12-31', latestDate: '2027-01-02' },
        { key: 'interviewThankYou:c-ortiz', ruleId: 'interviewThankYou', kind: 'thank-you', dueDate: '2026-12-31', latestDate: '2027-01-02' },
      ],
    },
    {
      name: 'first meeting: follow-up +4..+6 weeks, into the next year',
      kind: 'meeting',
      at: localInstant(2026, 11, 20, 8),
      expected: [
        { key: 'firstMeetingFollowUp:c-lee', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-12-18', latestDate: '2027-01-01' },
        { key: 'firstMeetingFollowUp:c-ortiz', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-12-18', latestDate: '2027-01-01' },
      ],
    },
    {
      name: 'first shadowing day: the same follow-up',
      kind: 'shadowing',
      at: localInstant(2026, 1, 5, 7),
      expected: [
        { key: 'firstMeetingFollowUp:c-lee', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-02-02', latestDate: '2026-02-16' },
        { key: 'firstMeetingFollowUp:c-ortiz', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-02-02', latestDate: '2026-02-16' },
      ],
    },
    {
      name: 'DST spring week (US, Mar 8 2026): conference late on Fri Mar 6',
      kind: 'conference-conversation',
      at: localInstant(2026, 3, 6, 23, 30),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-03-09', latestDate: '2026-03-13' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-03-09', latestDate: '2026-03-13' },
      ],
    },
    {
      name: 'DST autumn week (US, Nov 1 2026): conference just after midnight on Fri Oct 30',
      kind: 'conference-conversation',
      at: localInstant(2026, 10, 30, 0, 15),
      expected: [
        { key: 'conferenceThankYou:c-lee', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-11-02', latestDate: '2026-11-06' },
        { key: 'conferenceThankYou:c-ortiz', ruleId: 'conferenceThankYou', kind: 'thank-you', dueDate: '2026-11-02', latestDate: '2026-11-06' },
      ],
    },
    {
      name: 'DST autumn week (EU, Oct 25 2026): first meeting on Oct 24',
      kind: 'meeting',
      at: localInstant(2026, 10, 24, 23, 59),
      expected: [
        { key: 'firstMeetingFollowUp:c-lee', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-11-21', latestDate: '2026-12-05' },
        { key: 'firstMeetingFollowUp:c-ortiz', ruleId: 'firstMeetingFollowUp', kind: 'follow-up', dueDate: '2026-11-21', latestDate: '2026-12-05' },
      ],
    },
    ...(['call', 'email', 'virtual-open-house', 'social-media', 'other'] as const).map((kind) => ({
      name: `${kind}: no rule applies`,
      kind,
      at: localInstant(2026, 3, 10, 14),
      expected: [],
    })),
  ];

  // Both were emailed long before, so they are not new: the conference follow-up for new people has its own table.
  const emailedBefore: ContactHistory = { priorInteractions: [{ id: 'old', kind: 'email', occurredAt: localInstant(1999, 1, 1) }] };

  it.each(cases)('$name', ({ kind, at, expected }) => {
    const proposals = proposeFollowUps(
      input({ interaction: interaction(kind, at, ['c-lee', 'c-ortiz']), history: { 'c-lee': emailedBefore, 'c-ortiz': emailedBefore } }),
    );
    expect(windows(proposals)).toEqual(expected);
  });
});

describe('first meeting or shadowing', () => {
  const at = localInstant(2026, 3, 10, 10);
  const earlier = localInstant(2026, 2, 1, 10);
  const later = localInstant(2026, 4, 1, 10);
  const first = ['firstMeetingFollowUp:c-lee'];
  const repeat = ['repeatMeetingFollowUp:c-lee'];
  const cases: { name: string; history: ContactHistory | undefined; keys: string[] }[] = [
    { name: 'no history known: first', history: undefined, keys: first },
    { name: 'no earlier interactions: first', history: { priorInteractions: [] }, keys: first },
    { name: 'only an earlier email and call: still the first meeting', history: { priorInteractions: [{ id: 'i1', kind: 'email', occurredAt: earlier }, { id: 'i2', kind: 'call', occurredAt: earlier }] }, keys: first },
    { name: 'an earlier meeting: a repeat meeting, with its own wording', history: { priorInteractions: [{ id: 'i1', kind: 'meeting', occurredAt: earlier }] }, keys: repeat },
    { name: 'an earlier shadowing day: a repeat meeting', history: { priorInteractions: [{ id: 'i1', kind: 'shadowing', occurredAt: earlier }] }, keys: repeat },
    { name: 'a meeting logged for a later date does not count', history: { priorInteractions: [{ id: 'i1', kind: 'meeting', occurredAt: later }] }, keys: first },
    { name: 'the interaction itself (re-proposing a stored one) does not count', history: { priorInteractions: [{ id: 'self', kind: 'meeting', occurredAt: earlier }] }, keys: first },
    { name: 'flag: first meeting', history: { firstMeeting: true }, keys: first },
    { name: 'flag: not the first', history: { firstMeeting: false }, keys: repeat },
  ];

  it.each(cases)('$name', ({ history, keys }) => {
    const proposals = proposeFollowUps(
      input({
        interaction: interaction('meeting', at, ['c-lee'], { id: 'self' }),
        history: history === undefined ? {} : { 'c-lee': history },
      }),
    );
    expect(proposals.map((p) => p.key)).toEqual(keys);
  });

  it('decides per contact in a meeting with two people', () => {
    const proposals = proposeFollowUps(
      input({
        interaction: interaction('meeting', at, ['c-lee', 'c-ortiz']),
        history: { 'c-lee': { firstMeeting: false } },
      }),
    );
    expect(proposals.map((p) => p.key)).toEqual(['repeatMeetingFollowUp:c-lee', 'firstMeetingFollowUp:c-ortiz']);
  });
});

describe('commitments', () => {
  const at = localInstant(2026, 3, 10, 10);
  it('proposes one reminder per open commitment with a due date, due and latest on that date', () => {
    const proposals = proposeFollowUps(
      input({
        interaction: interaction('call', at, ['c-lee'], {
          commitments: [
            commitment({ id: 'k1', direction: 'promised', text: 'Send my CV', dueDate: '2026-03-31' }),
            commitment({ id: 'k2', direction: 'offered', text: 'Intro to the PD at Fictional U', dueDate: '2026-04-15' }),
            commitment({ id: 'k3', direction: 'promised', text: 'Read the IO review', dueDate: null }),
            commitment({ id: 'k4', direction: 'promised', text: 'Already sent', dueDate: '2026-03-12', done: true }),
          ],
        }),
        history: { 'c-lee': { firstMeeting: false } },
      }),
    );
    expect(windows(proposals)).toEqual([
      { key: 'commitment:k1', ruleId: 'commitment', kind: 'commitment', dueDate: '2026-03-31', latestDate: '2026-03-31' },
      { key: 'commitment:k2', ruleId: 'commitment', kind: 'commitment', dueDate: '2026-04-15', latestDate: '2026-04-15' },
    ]);
    expect(proposals[0].title).toBe('Deliver to Dr. Ana Lee: Send my CV');
    expect(proposals[0].commitmentId).toBe('k1');
    expect(proposals[1].title).toBe('Follow up with Dr. Ana Lee: Intro to the PD at Fictional U');
    expect(proposals[1].reason).toContain('Dr. Ana Lee offered this');
  });

  it('links the first contact and names all of them when several were there', () => {
    const [proposal] = proposeFollowUps(
      input({
        interaction: interaction('call', at, ['c-lee', 'c-ortiz'], {
          commitments: [commitment({ dueDate: '2026-03-20' })],
        }),
      }),
    );
    expect(proposal.contactId).toBe('c-lee');
    expect(proposal.title).toBe('Deliver to Dr. Ana Lee and Dr. Ben Ortiz: Send the abstract draft');
  });
});

describe('settings', () => {
  const conference = interaction('conference-conversation', localInstant(2026, 3, 10, 10), ['c-lee'], {
    commitments: [commitment({ dueDate: '2026-03-20' })],
  });

  it('uses the offsets from Settings', () => {
    const rules = defaultRules({ conferenceThankYou: { enabled: true, dueOffsetDays: 2, latestOffsetDays: 10 } });
    const [thanks] = proposeFollowUps(input({ interaction: conference, rules }));
    expect([thanks.dueDate, thanks.latestDate]).toEqual(['2026-03-12', '2026-03-20']);
  });

  it.each([
    ['conferenceThankYou', conference, 'conferenceThankYou:c-lee'],
    ['commitment', conference, 'commitment:k1'],
    ['interviewThankYou', interaction('interview-day', localInstant(2026, 1, 9), ['c-lee']), 'interviewThankYou:c-lee'],
    ['firstMeetingFollowUp', interaction('meeting', localInstant(2026, 1, 9), ['c-lee']), 'firstMeetingFollowUp:c-lee'],
  ] as const)('a disabled %s rule proposes nothing', (ruleId, subject, key) => {
    const on = proposeFollowUps(input({ interaction: subject }));
    expect(on.map((p) => p.key)).toContain(key);
    const rules = defaultRules();
    const off = { ...rules, [ruleId]: { ...rules[ruleId], enabled: false } };
    expect(proposeFollowUps(input({ interaction: subject, rules: off })).map((p) => p.key)).not.toContain(key);
  });
});

describe('wording and links', () => {
  it('names the person, the event and what was discussed', () => {
    const [thanks] = proposeFollowUps(
      input({
        interaction: interaction('conference-conversation', localInstant(2026, 3, 10, 10), ['c-lee'], {
          summary: 'Y-90 dosimetry and her research year',
          eventId: 'e-sir',
          programId: 'p-1',
          id: 'i-9',
        }),
        event: { id: 'e-sir', name: 'SIR 2026' },
      }),
    );
    expect(thanks.title).toBe('Thank Dr. Ana Lee after SIR 2026');
    expect(thanks.reason).toContain('Dr. Ana Lee');
    expect(thanks.reason).toContain('SIR 2026');
    expect(thanks.reason).toContain('Y-90 dosimetry and her research year');
    expect(thanks).toMatchObject({ contactId: 'c-lee', eventId: 'e-sir', programId: 'p-1', interactionId: 'i-9' });
  });

  it('stands in for a contact the caller did not pass, and keeps titles within the schema limit', () => {
    const [thanks] = proposeFollowUps(
      input({
        contacts: [],
        interaction: interaction('poster-visit', localInstant(2026, 3, 10), ['c-x'], { summary: 'x'.repeat(300) }),
        event: { id: 'e', name: 'E'.repeat(200) },
      }),
    );
    expect(thanks.title.startsWith('Thank this contact after EEE')).toBe(true);
    expect(thanks.title.length).toBeLessThanOrEqual(200);
    expect(reminderFieldsSchema.safeParse(toReminderFields(thanks)).success).toBe(true);
  });

  it('flags proposals whose whole window is before today', () => {
    const proposals = proposeFollowUps(
      input({
        interaction: interaction('conference-conversation', localInstant(2026, 3, 1), ['c-lee'], {
          commitments: [commitment({ dueDate: '2026-03-20' })],
        }),
        history: { 'c-lee': { firstMeeting: false } },
        today: '2026-03-09',
      }),
    );
    expect(proposals.map((p) => [p.key, p.windowPassed])).toEqual([
      ['conferenceThankYou:c-lee', true],
      ['commitment:k1', false],
    ]);
    const onLastDay = proposeFollowUps(
      input({ interaction: interaction('conference-conversation', localInstant(2026, 3, 1), ['c-lee']), today: '2026-03-08' }),
    );
    expect(onLastDay[0].windowPassed).toBe(false);
  });

  it('gives one proposal per contact even when a contact is listed twice', () => {
    const proposals = proposeFollowUps(
      input({ interaction: interaction('poster-visit', localInstant(2026, 3, 1), ['c-lee', 'c-lee']) }),
    );
    expect(proposals.map((p) => p.key)).toEqual(['conferenceThankYou:c-lee', 'conferenceFollowUp:c-lee']);
  });
});

describe('properties', () => {
  const offsetRule = fc
    .tuple(fc.boolean(), fc.integer({ min: -365, max: 365 }), fc.integer({ min: 0, max: 365 }))
    .map(([enabled, due, span]) => ({ enabled, dueOffsetDays: due, latestOffsetDays: Math.min(365, due + span) }));
  const rules = fc
    .record({
      conferenceThankYou: offsetRule,
      firstMeetingFollowUp: offsetRule,
      conferenceFollowUp: offsetRule,
      interviewThankYou: offsetRule,
      commitment: fc.record({ enabled: fc.boolean() }),
    })
    .map((r) => defaultRules(r));
  const day = fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
    .map((d) => toLocalDate(d));
  const scenario = fc.record({
    kind: fc.constantFrom(...INTERACTION_KINDS),
    occurredAt: fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
    contactIds: fc.uniqueArray(fc.constantFrom('c-lee', 'c-ortiz', 'c-3'), { minLength: 1 }),
    dueDates: fc.array(fc.option(day), { maxLength: 4 }),
    rules,
    today: day,
  });

  it('every proposal has due ≤ latest, a unique key, fields that pass the schema, and the exact offset in calendar days', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const subject = interaction(s.kind, s.occurredAt.toISOString(), s.contactIds, {
          commitments: s.dueDates.map((dueDate, i) => commitment({ id: `k${i}`, dueDate })),
        });
        const proposals = proposeFollowUps(input({ interaction: subject, rules: s.rules, today: s.today }));
        const localDay = toLocalDate(s.occurredAt);
        expect(new Set(proposals.map((p) => p.key)).size).toBe(proposals.length);
        for (const p of proposals) {
          expect(p.dueDate <= p.latestDate).toBe(true);
          expect(p.windowPassed).toBe(p.latestDate < s.today);
          expect(reminderFieldsSchema.safeParse(toReminderFields(p)).success).toBe(true);
          if (p.ruleId !== 'commitment' && p.ruleId !== 'preEventOutreach' && p.ruleId !== 'keepInTouch') {
            const rule = s.rules[p.ruleId];
            expect(localDaysBetween(localDay, p.dueDate)).toBe(rule.dueOffsetDays);
            expect(localDaysBetween(localDay, p.latestDate)).toBe(rule.latestOffsetDays);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same proposals', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const subject = interaction(s.kind, s.occurredAt.toISOString(), s.contactIds);
        const once = proposeFollowUps(input({ interaction: subject, rules: s.rules, today: s.today }));
        const twice = proposeFollowUps(input({ interaction: subject, rules: s.rules, today: s.today }));
        expect(twice).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});
