import { describe, expect, it } from 'vitest';
import { rankPriorities } from '../../../src/domain/scoring/rank';
import type { ScoringInput } from '../../../src/domain/scoring/types';
import { toLocalDate } from '../../../src/lib/dates';
import { NOW, TODAY, contact, daysAgo, defaultScoring, interaction, profile, program, reminder } from './fixtures';

/**
 * A small world worked by hand with the default weights (contacts 4/3/3, programs 5/3/2,
 * every criterion 3, half-life 90 days).
 */
function world(): ScoringInput {
  return {
    now: NOW,
    today: TODAY,
    settings: defaultScoring(),
    profile: profile({ targetTracks: ['integrated-ir'], preferredRegions: ['northeast'], step2ck: 250 }),
    programs: [
      // fit: ratings (3·5 + 3·4)/(5·6) = 0.9; (0.6·0.9 + 0.25 + 0.15)/1 = 0.94.
      // engagement: 0.25·½ + 0 + 0.4·0.4 = 0.285.
      program({
        id: 'p1',
        name: 'North IR',
        track: 'integrated-ir',
        region: 'northeast',
        status: 'applied',
        interest: 5,
        ratings: { 'case-mix': 5, culture: 4 },
        figures: { medianStep2ck: 245, positions: 2 },
        openHousesAttended: 1,
      }),
      // fit: nothing rated 0, track and region miss → 0. engagement 0.
      program({ id: 'p2', name: 'West DR', track: 'dr', region: 'west-coast', status: 'researching', interest: 2 }),
    ],
    contacts: [
      contact({
        id: 'c1',
        name: 'Dr. Lee',
        role: 'program-director',
        programIds: ['p1'],
        stage: 'mentor',
        mentorSignals: { suggestsOpportunities: true, offersIntroductions: true, givesCriticalFeedback: false },
      }),
      contact({ id: 'c2', name: 'Dr. Patel', role: 'resident', programIds: ['p1', 'p2', 'gone', 'p1'], stage: 'met' }),
      contact({ id: 'c3', name: 'Sam Rivera', role: 'peer-applicant' }),
      contact({ id: 'c0', name: 'Dr. Okafor', role: 'peer-applicant' }),
    ],
    interactions: [
      interaction({ id: 'i1', occurredAt: daysAgo(90), contactIds: ['c1'] }),
      interaction({ id: 'i2', occurredAt: daysAgo(90), contactIds: ['c1'] }),
      interaction({
        id: 'i3',
        contactIds: ['c2'],
        commitments: [{ id: 'k1', direction: 'promised', text: 'send the abstract', dueDate: '2026-04-03', done: false }],
      }),
    ],
    reminders: [reminder({ id: 'r1', contactId: 'c2', dueDate: '2026-03-25', latestDate: '2026-03-28' })],
  };
}

describe('rankPriorities on a hand-worked world', () => {
  const result = rankPriorities(world());
  const byId = new Map(result.contacts.map((c) => [c.id, c]));

  it('scores Dr. Lee, a program director and mentor overdue for an update', () => {
    // strength: two meetings 90 days ago = 0.5 + 0.5 = 1 → 0.5·1/3 + 0.3·0.8 + 0.2·2/3 = 0.54
    // leverage: 0.6·1 + 0.4·(0.5·0.94 + 0.5·1) = 0.6 + 0.388 = 0.988
    // urgency: mentor default cadence 42, 90 days → min(1, 90/84) = 1
    // points: 10·4·0.54 = 21.6, 10·3·0.988 = 29.64 → 29.6, 10·3·1 = 30 → 81.2
    const lee = byId.get('c1');
    expect(lee?.score).toBe(81.2);
    expect(lee?.contributions.map((c) => [c.factor, c.points, c.maxPoints])).toEqual([
      ['strength', 21.6, 40],
      ['leverage', 29.6, 30],
      ['urgency', 30, 30],
    ]);
    expect(lee?.strength).toBeCloseTo(0.54, 10);
    expect(lee?.contributions[1].detail).toBe('Program director · linked to North IR (fit 94%, interest 5/5)');
    expect(lee?.nextAction.text).toBe('12 weeks since your last update');
  });

  it('scores Dr. Patel, a resident owed an abstract with an overdue thank-you', () => {
    // strength: one meeting now = 1 → 0.5/3 + 0.3·0.4 = 0.28667
    // leverage: 0.6·0.3 + 0.4·max(0.97, 0.5·0 + 0.5·¼ = 0.125) = 0.18 + 0.388 = 0.568 ('gone' and the repeat of p1 ignored)
    // urgency: promise not yet due 1 → ½; overdue reminder 2 → ⅔; 1 − ½·⅓ = 0.83333
    // points: 11.4667, 17.04, 25 → tenths 114.67 + 170.4 + 250 = 535.07 → 535; floors 534, the .67 gets the spare tenth
    const patel = byId.get('c2');
    expect(patel?.score).toBe(53.5);
    expect(patel?.contributions.map((c) => c.points)).toEqual([11.5, 17, 25]);
    expect(patel?.nextAction).toEqual({
      kind: 'overdue-reminder',
      text: 'Thank-you overdue since 28 Mar',
      reminderId: 'r1',
      commitmentId: null,
      day: '2026-03-28',
    });
  });

  it('ranks contacts best first; equal scores go by name, not id', () => {
    // Both peers: strength 0, leverage 0.6·0.1 = 0.06 → 10·3·0.06 = 1.8, urgency 0.
    expect(result.contacts.map((c) => [c.id, c.score, c.rank])).toEqual([
      ['c1', 81.2, 1],
      ['c2', 53.5, 2],
      ['c0', 1.8, 3],
      ['c3', 1.8, 4],
    ]);
    expect(byId.get('c3')?.nextAction.text).toBe('Introduce yourself with a short note');
  });

  it('scores North IR from fit, both contacts and engagement', () => {
    // connection: 1 − (1 − 0.54)(1 − 0.28667) = 0.67187 (Dr. Patel counted once)
    // points: 10·5·0.94 = 47, 10·3·0.67187 = 20.156, 10·2·0.285 = 5.7 → tenths 728.56 → 729; the spare goes to connection
    const north = result.programs[0];
    expect(north).toMatchObject({ id: 'p1', rank: 1, score: 72.9 });
    expect(north.fit).toBeCloseTo(0.94, 10);
    expect(north.contributions.map((c) => [c.factor, c.points, c.maxPoints])).toEqual([
      ['fit', 47, 50],
      ['connection', 20.2, 30],
      ['engagement', 5.7, 20],
    ]);
    expect(north.contributions[1].detail).toBe('2 contacts · strongest Dr. Lee (54%)');
    expect(north.competitiveness.label).toBe('likely');
  });

  it('scores West DR from its one contact only', () => {
    // fit 0, engagement 0; connection 0.28667 → 10·3·0.28667 = 8.6
    const west = result.programs[1];
    expect(west).toMatchObject({ id: 'p2', rank: 2, score: 8.6 });
    expect(west.contributions.map((c) => c.points)).toEqual([0, 8.6, 0]);
    expect(west.competitiveness.label).toBe('not-enough-data');
  });

  it('re-ranks programs when a criterion weight changes', () => {
    const input = world();
    // West DR rated 5 on call, North IR 0: with call weighted alone, West's fit (0.6·1 + 0 + 0)/1 = 0.6 beats North's
    // (0.6·0 + 0.4)/1 = 0.4; with the program fit weight alone, West ranks first.
    input.programs = [
      { ...input.programs[0], ratings: { call: 0 } },
      { ...input.programs[1], ratings: { call: 5 } },
    ];
    const onlyCall = { 'case-mix': 0, 'procedure-volume': 0, culture: 0, research: 0, call: 10, location: 0, teaching: 0 };
    input.settings = { ...input.settings, criterionWeights: onlyCall, programWeights: { fit: 1, connection: 0, engagement: 0 } };
    const ranked = rankPriorities(input).programs;
    expect(ranked.map((p) => [p.id, p.score])).toEqual([
      ['p2', 60],
      ['p1', 40],
    ]);
  });
});

describe('rankPriorities edge cases', () => {
  it('gives every score 0 when every weight is zero, ordered by name', () => {
    const input = world();
    input.settings = {
      ...input.settings,
      contactWeights: { strength: 0, leverage: 0, urgency: 0 },
      programWeights: { fit: 0, connection: 0, engagement: 0 },
    };
    const result = rankPriorities(input);
    expect(result.contacts.map((c) => [c.id, c.score])).toEqual([
      ['c1', 0],
      ['c0', 0],
      ['c2', 0],
      ['c3', 0],
    ]);
    expect(result.programs.every((p) => p.score === 0 && p.contributions.every((c) => c.points === 0))).toBe(true);
  });

  it('scores an empty database', () => {
    expect(rankPriorities({ ...world(), contacts: [], programs: [], interactions: [], reminders: [] })).toEqual({
      contacts: [],
      programs: [],
    });
  });

  it("takes today from now when it is not given", () => {
    const input = world();
    const withDay = rankPriorities({ ...input, today: toLocalDate(NOW) });
    expect(rankPriorities({ ...input, today: undefined })).toEqual(withDay);
  });

  it('passes the mentor default cadence on', () => {
    // 90 days against a 180-day cadence: 90/360 = 0.25 → urgency points 10·3·0.25 = 7.5.
    const lee = rankPriorities({ ...world(), mentorDefaultCadenceDays: 180 }).contacts.find((c) => c.id === 'c1');
    expect(lee?.contributions[2].points).toBe(7.5);
    expect(lee?.nextAction.kind).toBe('update');
  });

  it('refuses an invalid now', () => {
    expect(() => rankPriorities({ ...world(), now: new Date('nope') })).toThrow(RangeError);
  });
});
