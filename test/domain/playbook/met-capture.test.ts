import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  blankMetPerson,
  canCaptureMeetings,
  defaultMeetingDay,
  lastMeetingDay,
  metCaptureSchema,
  type MetPersonInput,
} from '../../../src/domain/playbook/met-capture';
import { addLocalDays } from '../../../src/lib/dates';

const EVENT = { startDate: '2027-03-20', endDate: '2027-03-25' };
const existing = (contactId: string): MetPersonInput => ({ ...blankMetPerson(), contactId });
const newcomer = (name: string): MetPersonInput => ({ ...blankMetPerson(), mode: 'new', name });

/** The messages of a failed parse, as "path: message". */
function problems(today: string, capture: unknown): string[] {
  const result = metCaptureSchema(EVENT, today).safeParse(capture);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('metCaptureSchema', () => {
  it.each<[string, string, unknown, string[]]>([
    ['after the event, on its last day', '2027-03-27', { metOn: '2027-03-25', people: [existing('a')] }, []],
    ['after the event, on its first day', '2027-03-27', { metOn: '2027-03-20', people: [existing('a'), newcomer('Dr. New')] }, []],
    ['during the event, today', '2027-03-22', { metOn: '2027-03-22', people: [existing('a')] }, []],
    [
      'during the event, a later day',
      '2027-03-22',
      { metOn: '2027-03-23', people: [existing('a')] },
      ['metOn: Pick today or an earlier day of the event'],
    ],
    [
      'a day before the event',
      '2027-03-27',
      { metOn: '2027-03-19', people: [existing('a')] },
      ['metOn: Pick a day from 2027-03-20, when the event began'],
    ],
    [
      'a day after the event',
      '2027-03-27',
      { metOn: '2027-03-26', people: [existing('a')] },
      ['metOn: Pick a day up to 2027-03-25, the last day of the event'],
    ],
    ['no one', '2027-03-27', { metOn: '2027-03-25', people: [] }, ['people: Add at least one person']],
    [
      'an existing person not picked',
      '2027-03-27',
      { metOn: '2027-03-25', people: [blankMetPerson()] },
      ['people.0.contactId: Pick who you met, or switch to “Someone new”'],
    ],
    ['a new person with no name', '2027-03-27', { metOn: '2027-03-25', people: [newcomer('  ')] }, ['people.0.name: Enter their name']],
    [
      'the same contact twice',
      '2027-03-27',
      { metOn: '2027-03-25', people: [existing('a'), existing('b'), existing('a')] },
      ['people.2.contactId: This person is already in the list'],
    ],
    ['not a day', '2027-03-27', { metOn: '2027-02-30', people: [existing('a')] }, ['metOn: That day does not exist']],
    [
      'a topic too long',
      '2027-03-27',
      { metOn: '2027-03-25', people: [{ ...existing('a'), topic: 'x'.repeat(301) }] },
      ['people.0.topic: Keep the topic under 300 characters'],
    ],
  ])('%s', (_name, today, capture, expected) => {
    expect(problems(today, capture)).toEqual(expected);
  });

  it('trims names and topics and fills defaults', () => {
    const parsed = metCaptureSchema(EVENT, '2027-03-27').parse({
      metOn: '2027-03-25',
      people: [{ mode: 'new', name: '  Dr. Priya Shah ', topic: ' GAE ' }],
    });
    expect(parsed).toEqual({
      metOn: '2027-03-25',
      thankYous: true,
      people: [{ mode: 'new', contactId: '', name: 'Dr. Priya Shah', role: 'ir-attending', institution: '', topic: 'GAE' }],
    });
  });
});

describe('meeting days', () => {
  const day = fc.integer({ min: -30, max: 30 }).map((n) => addLocalDays('2027-03-20', n));
  it('the default day is always accepted once the event has begun', () => {
    fc.assert(
      fc.property(day, (today) => {
        if (!canCaptureMeetings(EVENT, today)) return;
        const metOn = defaultMeetingDay(EVENT, today);
        expect(metOn >= EVENT.startDate && metOn <= EVENT.endDate && metOn <= today).toBe(true);
        expect(problems(today, { metOn, people: [existing('a')] })).toEqual([]);
      }),
    );
  });

  it('the last meeting day is the earlier of the last day and today', () => {
    fc.assert(
      fc.property(day, (today) => {
        const last = lastMeetingDay(EVENT, today);
        expect(last).toBe(today < EVENT.endDate ? today : EVENT.endDate);
      }),
    );
  });
});
