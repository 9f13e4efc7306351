import { describe, expect, it } from 'vitest';
import { rankPriorities } from '../../../src/domain/scoring/rank';
import type { ScoringInput } from '../../../src/domain/scoring/types';
import { toLocalDate } from '../../../src/lib/dates';
import { NOW, TODAY, contact, daysAgo, defaultScoring, interaction, profile, program, reminder } from './fixtures';

/**
 * A small world worked by hand with the default weights (contacts 4/3/3, programs 5/3/2/3,
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
    expect(lee?.nextAction.text).toBe('Send Dr. Lee an update (12 weeks since the last)');
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
      text: 'Thank Dr. Patel (overdue since 28 Mar)',
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
    expect(byId.get('c3')?.nextAction.text).toBe('Introduce yourself to Sam Rivera with a short note');
  });

  it('scores North IR from fit, both contacts, engagement and your interest', () => {
    // connection: 1 − (1 − 0.54)(1 − 0.28667) = 0.67187 (Dr. Patel counted once); interest 5/5 → 1.
    // weights 5/3/2/3 of 13: tenths 1000·5/13·0.94 = 361.54, 1000·3/13·0.67187 = 155.05, 1000·2/13·0.285 = 43.85,
    // 1000·3/13·1 = 230.77 → total 791.2 → 791; floors 789, the two spares go to engagement (.85) and interest (.77)
    const north = result.programs[0];
    expect(north).toMatchObject({ id: 'p1', rank: 1, score: 79.1 });
    expect(north.fit).toBeCloseTo(0.94, 10);
    expect(north.contributions.map((c) => [c.factor, c.points, c.maxPoints])).toEqual([
      ['fit', 36.1, 38.4],
      ['connection', 15.5, 23.1],
      ['engagement', 4.4, 15.4],
      ['interest', 23.1, 23.1],
    ]);
    expect(north.contributions[3]).toMatchObject({ label: 'Your interest', detail: '5 of 5' });
    expect(north.contributions[1].detail).toBe('2 contacts · strongest Dr. Lee (54%)');
    expect(north.competitiveness.label).toBe('likely');
  });

  it('scores West DR from its one contact and your interest of 2', () => {
    // fit 0, engagement 0; connection 0.28667 → tenths 1000·3/13·0.28667 = 66.15; interest (2 − 1)/4 = ¼ → 57.69;
    // total 123.85 → 124; floors 123, the spare goes to interest (.69)
    const west = result.programs[1];
    expect(west).toMatchObject({ id: 'p2', rank: 2, score: 12.4 });
    expect(west.contributions.map((c) => c.points)).toEqual([0, 6.6, 0, 5.8]);
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
    input.settings = { ...input.settings, criterionWeights: onlyCall, programWeights: { fit: 1, connection: 0, engagement: 0, interest: 0 } };
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
      programWeights: { fit: 0, connection: 0, engagement: 0, interest: 0 },
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

describe('your interest counts', () => {
  const base = program({ track: 'integrated-ir', ratings: { 'case-mix': 4 } });
  const programs = [
    { ...base, id: 'a', name: 'Alder IR', interest: 5 },
    { ...base, id: 'b', name: 'Birch IR', interest: 5 },
    { ...base, id: 'c', name: 'Cedar IR', interest: 5 },
    { ...base, id: 'd', name: 'Aaron IR', interest: 4 },
  ];
  const input = (weights?: Partial<ScoringInput['settings']['programWeights']>): ScoringInput => ({
    now: NOW,
    today: TODAY,
    settings: { ...defaultScoring(), programWeights: { ...defaultScoring().programWeights, ...weights } },
    profile: null,
    programs,
    contacts: [],
    interactions: [],
    reminders: [],
  });

  it.each([
    { name: 'on by default: three 5/5 programs rank ahead of an otherwise equal 4/5', weights: undefined, order: ['a', 'b', 'c', 'd'] },
    { name: 'weight 0: interest drops out and equal programs go by name', weights: { interest: 0 }, order: ['d', 'a', 'b', 'c'] },
  ])('$name', ({ weights, order }) => {
    expect(rankPriorities(input(weights)).programs.map((p) => p.id)).toEqual(order);
  });

  it.each([
    [1, 0],
    [2, 0.25],
    [3, 0.5],
    [4, 0.75],
    [5, 1],
  ])('interest %i of 5 has the value %d', (interest, value) => {
    const [row] = rankPriorities({ ...input(), programs: [{ ...base, interest }] }).programs;
    expect(row.contributions.find((c) => c.factor === 'interest')?.value).toBe(value);
  });
});
