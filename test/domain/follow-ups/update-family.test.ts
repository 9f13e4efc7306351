/**
 * One open update reminder per relationship: the conference follow-up for a
 * new person, repeat meetings and cadences, and what a new follow-up replaces.
 */
import { describe, expect, it } from 'vitest';
import { proposeFollowUps, type ContactHistory, type FollowUpInput } from '../../../src/domain/follow-ups/rules';
import { cadenceMoveFor, planCadenceReminder } from '../../../src/domain/follow-ups/cadence';
import { remindersReplacedBy } from '../../../src/domain/follow-ups/update-family';
import type { Contact } from '../../../src/domain/entities';
import { contact, defaultRules, interaction, localInstant, reminder } from './fixtures';

const at = localInstant(2026, 12, 1, 10);
const before = localInstant(2026, 9, 1, 10);

function input(overrides: Partial<FollowUpInput> & Pick<FollowUpInput, 'interaction'>): FollowUpInput {
  return { contacts: [contact('c-lee', 'Dr. Ana Lee')], history: {}, rules: defaultRules(), event: null, today: '2026-12-01', ...overrides };
}

describe('conference conversation with a new person: thank-you, then a follow-up 4–6 weeks later', () => {
  const cases: { name: string; history: ContactHistory | undefined; keys: string[] }[] = [
    { name: 'no history: thank-you and follow-up', history: undefined, keys: ['conferenceThankYou:c-lee', 'conferenceFollowUp:c-lee'] },
    { name: 'nothing earlier on record: both', history: { priorInteractions: [] }, keys: ['conferenceThankYou:c-lee', 'conferenceFollowUp:c-lee'] },
    { name: 'only a later interaction on record: still new', history: { priorInteractions: [{ id: 'i1', kind: 'email', occurredAt: localInstant(2027, 1, 5) }] }, keys: ['conferenceThankYou:c-lee', 'conferenceFollowUp:c-lee'] },
    { name: 'emailed before: thank-you only', history: { priorInteractions: [{ id: 'i1', kind: 'email', occurredAt: before }] }, keys: ['conferenceThankYou:c-lee'] },
    { name: 'met before: thank-you only', history: { priorInteractions: [{ id: 'i1', kind: 'meeting', occurredAt: before }] }, keys: ['conferenceThankYou:c-lee'] },
  ];
  it.each(cases)('$name', ({ history, keys }) => {
    const proposals = proposeFollowUps(
      input({ interaction: interaction('conference-conversation', at, ['c-lee']), history: history ? { 'c-lee': history } : {} }),
    );
    expect(proposals.map((p) => p.key)).toEqual(keys);
  });

  it('the follow-up is a follow-up due +28..+42 days, worded as an update after the thank-you', () => {
    const proposals = proposeFollowUps(
      input({ interaction: interaction('poster-visit', at, ['c-lee'], { eventId: 'e' }), event: { id: 'e', name: 'SIR 2027' } }),
    );
    const followUp = proposals.find((p) => p.ruleId === 'conferenceFollowUp');
    expect(followUp).toMatchObject({ kind: 'follow-up', dueDate: '2026-12-29', latestDate: '2027-01-12' });
    expect(followUp?.title).toBe('Send Dr. Ana Lee an update after the thank-you');
    expect(followUp?.reason).toContain('at SIR 2027 on Tue 1 Dec');
  });

  it('is off when its rule is off in Settings', () => {
    const rules = defaultRules({ conferenceFollowUp: { enabled: false, dueOffsetDays: 28, latestOffsetDays: 42 } });
    const proposals = proposeFollowUps(input({ interaction: interaction('conference-conversation', at, ['c-lee']), rules }));
    expect(proposals.map((p) => p.key)).toEqual(['conferenceThankYou:c-lee']);
  });
});

describe('repeat meetings: their own wording, or no proposal where the cadence covers the update', () => {
  const metBefore: ContactHistory = { priorInteractions: [{ id: 'i1', kind: 'meeting', occurredAt: before }] };
  const cases: { name: string; fields: Partial<Contact>; keepInTouch?: boolean; keys: string[] }[] = [
    { name: 'no cadence: an update follow-up', fields: {}, keys: ['repeatMeetingFollowUp:c-lee'] },
    { name: 'mentor with the default 42-day cadence: the cadence covers it', fields: { stage: 'mentor' }, keys: [] },
    { name: 'own cadence of 30 days: covered', fields: { cadenceDays: 30 }, keys: [] },
    { name: 'own cadence of exactly 42 days (the window’s last day): covered', fields: { cadenceDays: 42 }, keys: [] },
    { name: 'own cadence of 43 days: not covered, so a follow-up', fields: { cadenceDays: 43 }, keys: ['repeatMeetingFollowUp:c-lee'] },
    { name: 'own cadence of 90 days: a follow-up', fields: { cadenceDays: 90 }, keys: ['repeatMeetingFollowUp:c-lee'] },
    { name: 'mentor, but keep-in-touch is off: a follow-up', fields: { stage: 'mentor' }, keepInTouch: false, keys: ['repeatMeetingFollowUp:c-lee'] },
  ];
  it.each(cases)('$name', ({ fields, keepInTouch, keys }) => {
    const base = defaultRules();
    const rules = keepInTouch === false ? { ...base, keepInTouch: { ...base.keepInTouch, enabled: false } } : base;
    const proposals = proposeFollowUps(
      input({
        interaction: interaction('meeting', at, ['c-lee']),
        contacts: [contact('c-lee', 'Dr. Ana Lee', fields)],
        history: { 'c-lee': metBefore },
        rules,
      }),
    );
    expect(proposals.map((p) => p.key)).toEqual(keys);
  });

  it('says "first" only on a first meeting or shadowing', () => {
    const firstTime = proposeFollowUps(input({ interaction: interaction('shadowing', at, ['c-lee']) }));
    expect(firstTime[0].reason).toMatch(/^First shadowing with Dr\. Ana Lee on Tue 1 Dec\./);
    const again = proposeFollowUps(
      input({ interaction: interaction('meeting', at, ['c-lee'], { summary: 'PAE abstract' }), history: { 'c-lee': metBefore } }),
    );
    expect(again[0].title).toBe('Send Dr. Ana Lee an update');
    expect(again[0].reason).toBe('Meeting with Dr. Ana Lee on Tue 1 Dec (PAE abstract). A few weeks on, tell them what came of it.');
    expect(again[0].reason).not.toMatch(/first/i);
  });
});

describe('what a new follow-up replaces', () => {
  const keepInTouch = reminder({ id: 'k-1', kind: 'keep-in-touch', contactId: 'c-lee', dueDate: '2027-01-12', latestDate: '2027-01-26' });
  const cases: { name: string; existing: ReturnType<typeof reminder>[]; replaced: string[] }[] = [
    { name: 'an open keep-in-touch reminder', existing: [keepInTouch], replaced: ['k-1'] },
    { name: 'a snoozed one', existing: [reminder({ ...keepInTouch, status: 'snoozed', snoozedUntil: '2027-01-14' })], replaced: ['k-1'] },
    { name: 'an open follow-up from an earlier meeting', existing: [reminder({ id: 'f-1', kind: 'follow-up', contactId: 'c-lee' })], replaced: ['f-1'] },
    { name: 'not a done or dismissed one', existing: [reminder({ ...keepInTouch, status: 'done' }), reminder({ ...keepInTouch, id: 'k-2', status: 'dismissed' })], replaced: [] },
    { name: 'not another contact’s', existing: [reminder({ ...keepInTouch, contactId: 'c-ortiz' })], replaced: [] },
    { name: 'not a thank-you or a commitment', existing: [reminder({ id: 't', kind: 'thank-you', contactId: 'c-lee' }), reminder({ id: 'c', kind: 'commitment', contactId: 'c-lee' })], replaced: [] },
  ];
  it.each(cases)('$name', ({ existing, replaced }) => {
    const proposals = proposeFollowUps(input({ interaction: interaction('meeting', at, ['c-lee']), existingReminders: existing }));
    expect(proposals[0].replaces.map((r) => r.id)).toEqual(replaced);
  });

  it('names the kind and due day the dialog shows; thank-yous replace nothing', () => {
    const proposals = proposeFollowUps(
      input({ interaction: interaction('conference-conversation', at, ['c-lee']), existingReminders: [keepInTouch] }),
    );
    expect(proposals.map((p) => [p.key, p.replaces])).toEqual([
      ['conferenceThankYou:c-lee', []],
      ['conferenceFollowUp:c-lee', [{ id: 'k-1', kind: 'keep-in-touch', dueDate: '2027-01-12' }]],
    ]);
  });

  it('never replaces a reminder that is part of the same save', () => {
    expect(remindersReplacedBy('c-lee', [keepInTouch], new Set(['k-1']))).toEqual([]);
  });
});

describe('the cadence waits while a follow-up is open', () => {
  const mentor = contact('c-lee', 'Dr. Ana Lee', { stage: 'mentor' });
  const followUp = reminder({ id: 'f-1', kind: 'follow-up', contactId: 'c-lee' });
  const keepInTouch = reminder({ id: 'k-1', kind: 'keep-in-touch', contactId: 'c-lee' });
  const cases: { name: string; existing: ReturnType<typeof reminder>[]; writes: string[] }[] = [
    { name: 'open follow-up, no keep-in-touch: nothing is created', existing: [followUp], writes: [] },
    { name: 'open follow-up and a keep-in-touch: the keep-in-touch is removed', existing: [followUp, keepInTouch], writes: ['remove:k-1'] },
    { name: 'snoozed follow-up: still waits', existing: [reminder({ ...followUp, status: 'snoozed', snoozedUntil: '2026-03-05' })], writes: [] },
    { name: 'follow-up done: the cadence starts again', existing: [reminder({ ...followUp, status: 'done' })], writes: ['create'] },
    { name: 'another contact’s follow-up does not count', existing: [reminder({ ...followUp, contactId: 'c-x' })], writes: ['create'] },
  ];
  it.each(cases)('$name', ({ existing, writes }) => {
    const plan = planCadenceReminder(mentor, '2026-12-01', existing, defaultRules());
    expect(plan.map((w) => (w.type === 'create' ? 'create' : `${w.type}:${w.id}`))).toEqual(writes);
  });
});

describe('cadenceMoveFor: what the dialog says happens to the keep-in-touch reminder', () => {
  const mentor = contact('c-lee', 'Dr. Ana Lee', { stage: 'mentor' });
  const open = reminder({ id: 'k-1', kind: 'keep-in-touch', contactId: 'c-lee', dueDate: '2027-01-12', latestDate: '2027-01-26' });
  it.each([
    { name: 'open reminder moves to the touch + 6 weeks', who: mentor, last: '2026-11-20', existing: [open], move: { fromDueDate: '2027-01-12', toDueDate: '2027-01-12' } },
    { name: 'a touch logged for an earlier day counts from the later last touch', who: mentor, last: '2026-12-20', existing: [open], move: { fromDueDate: '2027-01-12', toDueDate: '2027-01-31' } },
    { name: 'no open reminder yet: one will be due', who: mentor, last: null, existing: [], move: { fromDueDate: null, toDueDate: '2027-01-12' } },
    { name: 'a done reminder is history, not moved', who: mentor, last: null, existing: [reminder({ ...open, status: 'done' })], move: { fromDueDate: null, toDueDate: '2027-01-12' } },
    { name: 'no cadence: nothing to say', who: contact('c-x', 'Dr. X'), last: null, existing: [], move: null },
  ])('$name', ({ who, last, existing, move }) => {
    const result = cadenceMoveFor(who, '2026-12-01', last, existing, defaultRules());
    expect(result === null ? null : { fromDueDate: result.fromDueDate, toDueDate: result.toDueDate }).toEqual(move);
  });
});
