import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, Interaction, Program, RapportEvent, Reminder } from '../../../src/domain/entities';
import { CONTACT_ROLES, HOW_MET, INTERACTION_KINDS, RELATIONSHIP_STAGES } from '../../../src/domain/vocabulary';
import {
  BLUEPRINT_STAGE_IDS,
  blueprintProgress,
  type BlueprintInput,
  type BlueprintProgress,
  type BlueprintStageId,
} from '../../../src/domain/playbook/blueprint';
import { contact, event, interaction, program, reminder } from './records';

const TODAY = '2026-06-15';
/** Noon UTC on a day, so the local day is the same in every time zone the tests run in. */
const at = (day: string) => `${day}T12:00:00.000Z`;

const EMPTY: BlueprintInput = { contacts: [], interactions: [], events: [], programs: [], reminders: [], profile: null, today: TODAY };

const stage = (result: BlueprintProgress, id: BlueprintStageId) => {
  const found = result.stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};
/** A stage's checks as `id: done/target`, for compact expectations. */
const tally = (result: BlueprintProgress, id: BlueprintStageId) =>
  Object.fromEntries(stage(result, id).checks.map((c) => [c.id, `${c.done}/${c.target}`]));

describe('blueprintProgress on no data', () => {
  const result = blueprintProgress(EMPTY);

  it('has the five stages in order, all at zero', () => {
    expect(result.stages.map((s) => s.id)).toEqual([...BLUEPRINT_STAGE_IDS]);
    expect(result.stages.map((s) => s.progress)).toEqual([0, 0, 0, 0, 0]);
    expect(result.overall).toBe(0);
  });

  it('points to the first stage, and its first step, on a tie', () => {
    expect(result.weakestStageId).toBe('home-base');
    expect(result.nextStep).toBe(
      'Add 3 more IR faculty members from your home institution (attendings, the program director, the division chief).',
    );
  });
});

describe('home base', () => {
  const faculty = [
    contact({ id: 'f1', name: 'Dr. Ana Nuñez', role: 'program-director' }),
    contact({ id: 'f2', name: 'Sam Okafor', role: 'ir-attending' }),
    contact({ id: 'f3', name: 'Lee Park', role: 'division-chief' }),
    contact({ id: 'r1', name: 'Resident Rae', role: 'resident' }),
  ];

  it('counts IR faculty, held meetings and shadowing, and names someone not yet met', () => {
    const result = blueprintProgress({
      ...EMPTY,
      contacts: faculty,
      interactions: [
        interaction(['f1'], { kind: 'meeting', occurredAt: at('2026-05-01') }),
        interaction(['f1', 'r1'], { kind: 'shadowing', occurredAt: at('2026-05-20') }),
        interaction(['f2'], { kind: 'meeting', occurredAt: at('2026-07-01') }), // planned, not held
        interaction(['f3'], { kind: 'email', occurredAt: at('2026-05-02') }),
      ],
    });
    expect(tally(result, 'home-base')).toEqual({ 'ir-faculty': '3/3', meetings: '2/3', project: '0/1', 'interest-group': '0/1' });
    expect(stage(result, 'home-base').progress).toBe(42);
    expect(stage(result, 'home-base').nextStep).toBe('Ask Dr. Okafor for a 15–20 minute meeting or a shadowing day.');
  });

  it.each<[string, Partial<BlueprintInput>, boolean]>([
    ['a summary that only names a research topic', { interactions: [interaction(['f1'], { summary: 'Talked about embolization research', occurredAt: at('2026-05-01') })] }, false],
    ['a retrospective review in the notes', { interactions: [interaction(['f1'], { notes: 'Starting a retrospective review of GAE outcomes', occurredAt: at('2026-05-01') })] }, true],
    ['a QI project in the summary', { interactions: [interaction(['f1'], { summary: 'QI on contrast reactions', occurredAt: at('2026-05-01') })] }, true],
    ['a project discussed only in the future', { interactions: [interaction(['f1'], { summary: 'Kick off the case report', occurredAt: at('2026-07-01') })] }, false],
    [
      'a promised case report outline',
      {
        interactions: [
          interaction(['f1'], {
            occurredAt: at('2026-05-01'),
            commitments: [{ id: 'k1', direction: 'promised', text: 'Send the case report outline', dueDate: null, done: false }],
          }),
        ],
      },
      true,
    ],
    ['a contact met through research', { contacts: [contact({ howMet: 'research' })] }, true],
    ['a contact tagged research', { contacts: [contact({ tags: ['Research'] })] }, true],
    ['a contact tagged QI project', { contacts: [contact({ tags: ['qi-project'] })] }, true],
    ['a contact tagged conference', { contacts: [contact({ tags: ['conference'] })] }, false],
  ])('a research or QI project: %s → %s', (_label, data, expected) => {
    const result = blueprintProgress({ ...EMPTY, contacts: faculty, ...data });
    expect(stage(result, 'home-base').checks.find((c) => c.id === 'project')?.complete).toBe(expected);
  });

  it.each<[string, Partial<BlueprintInput>, boolean]>([
    ['a contact tagged IR interest group', { contacts: [contact({ tags: ['IR interest group'] })] }, true],
    ['an IRIG meeting in the notes', { interactions: [interaction(['f1'], { notes: 'Went to the IRIG lunch talk', occurredAt: at('2026-05-01') })] }, true],
    ['an interest-group event', { events: [event({ name: 'IR Interest Group kickoff', kind: 'other', startDate: '2026-02-01', endDate: '2026-02-01' })] }, true],
    ['a group project', { contacts: [contact({ tags: ['group project'] })] }, false],
  ])('an interest group: %s → %s', (_label, data, expected) => {
    const result = blueprintProgress({ ...EMPTY, contacts: faculty, ...data });
    expect(stage(result, 'home-base').checks.find((c) => c.id === 'interest-group')?.complete).toBe(expected);
  });
});

describe('mentorship', () => {
  it('counts mentors and advocates, their updates against each cadence, and honest feedback', () => {
    const contacts = [
      contact({ id: 'm1', name: 'Dr. Ana Nuñez', stage: 'mentor', cadenceDays: 30 }),
      contact({ id: 'm2', name: 'Dr. Sam Okafor', stage: 'advocate' }),
      contact({ id: 'e1', name: 'Dr. Lee Park', stage: 'engaged', mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: true } }),
    ];
    const result = blueprintProgress({
      ...EMPTY,
      contacts,
      interactions: [
        interaction(['m1'], { kind: 'email', occurredAt: at('2026-05-01') }), // 45 days ago, cadence 30
        interaction(['m2'], { kind: 'call', occurredAt: at('2026-06-05') }), // 10 days ago, default 42
      ],
    });
    expect(tally(result, 'mentorship')).toEqual({ mentors: '2/3', 'mentor-updates': '1/2', feedback: '1/1' });
    expect(stage(result, 'mentorship').progress).toBe(72);
    expect(stage(result, 'mentorship').nextStep).toMatch(/^Dr\. Park is becoming a mentor/);
  });

  it('names the most overdue mentor once there are three', () => {
    const contacts = ['A', 'B', 'C'].map((l) => contact({ id: `m${l}`, name: `Dr. ${l} Mentor${l}`, stage: 'mentor' }));
    const result = blueprintProgress({
      ...EMPTY,
      contacts,
      interactions: [
        interaction(['mA'], { occurredAt: at('2026-06-01') }),
        interaction(['mB'], { occurredAt: at('2026-03-01') }),
      ],
    });
    expect(tally(result, 'mentorship')).toEqual({ mentors: '3/3', 'mentor-updates': '1/3', feedback: '0/1' });
    expect(stage(result, 'mentorship').nextStep).toBe('Send Dr. MentorC a progress update: no contact is logged yet.');
  });

  it('gives the weeks since the last touch', () => {
    const contacts = [contact({ id: 'm', name: 'Dr. Ana Nuñez', stage: 'mentor' }), contact({ stage: 'mentor' }), contact({ stage: 'advocate' })];
    const touches = contacts.slice(1).map((c) => interaction([c.id], { occurredAt: at('2026-06-10') }));
    const result = blueprintProgress({ ...EMPTY, contacts, interactions: [interaction(['m'], { occurredAt: at('2026-04-06') }), ...touches] });
    expect(stage(result, 'mentorship').nextStep).toBe('Send Dr. Nuñez a progress update: your last contact was 10 weeks ago.');
  });
});

describe('conferences', () => {
  const a = contact({ id: 'a', name: 'Dr. Ana Nuñez' });
  const b = contact({ id: 'b', name: 'Dr. Sam Okafor' });
  const c = contact({ id: 'c', name: 'Dr. Lee Park' });
  const sir = event({ id: 'sir', name: 'SIR 2026', kind: 'conference', startDate: '2026-03-28', endDate: '2026-04-02', targetContactIds: ['a', 'b'] });
  const talkA = interaction(['a'], { id: 'talk-a', kind: 'conference-conversation', eventId: 'sir', occurredAt: at('2026-03-29') });
  const talkB = interaction(['b', 'c'], { id: 'talk-b', kind: 'poster-visit', eventId: 'sir', occurredAt: at('2026-03-30'), notes: 'Stopped by our poster on GAE' });

  const base: BlueprintInput = { ...EMPTY, contacts: [a, b, c], events: [sir], interactions: [talkA, talkB] };

  it('sees planning, attendance, presenting and who is still to be thanked', () => {
    const result = blueprintProgress({
      ...base,
      reminders: [
        reminder({ kind: 'thank-you', contactId: 'a', interactionId: 'talk-a', status: 'done', doneAt: '2026-04-03T10:00:00.000Z', dueDate: '2026-04-01', latestDate: '2026-04-05' }),
        reminder({ kind: 'thank-you', contactId: 'b', interactionId: 'talk-b', status: 'open', dueDate: '2026-04-02', latestDate: '2026-04-06' }),
      ],
    });
    expect(tally(result, 'conferences')).toEqual({ 'conference-planned': '1/1', 'conference-attended': '1/1', 'followed-up': '1/3', presented: '1/1' });
    expect(stage(result, 'conferences').progress).toBe(83);
    expect(stage(result, 'conferences').nextStep).toBe('Thank Dr. Okafor for your conversation at SIR 2026, naming what you discussed.');
  });

  it('counts a later email or call as a follow-up, but not a touch the same day', () => {
    const result = blueprintProgress({
      ...base,
      interactions: [
        ...base.interactions,
        interaction(['b'], { kind: 'email', occurredAt: at('2026-04-04') }),
        interaction(['c'], { kind: 'email', occurredAt: at('2026-03-30') }),
      ],
    });
    expect(tally(result, 'conferences')['followed-up']).toBe('1/3');
  });

  it('asks to log people for a past conference with none logged, and to plan an upcoming one', () => {
    const past = event({ id: 'rsna', name: 'RSNA 2025', kind: 'conference', startDate: '2025-11-30', endDate: '2025-12-04' });
    const next = event({ id: 'chapter', name: 'Regional SIR chapter', kind: 'regional-meeting', startDate: '2026-09-12', endDate: '2026-09-12' });
    const result = blueprintProgress({ ...EMPTY, events: [past, next] });
    expect(tally(result, 'conferences')).toEqual({ 'conference-planned': '0/1', 'conference-attended': '0/1', 'followed-up': '0/1', presented: '0/1' });
    expect(stage(result, 'conferences').nextStep).toBe('Pick the people you want to meet at Regional SIR chapter and add them as targets.');
    const planned = blueprintProgress({ ...EMPTY, events: [past, { ...next, targetContactIds: ['a'] }] });
    expect(stage(planned, 'conferences').nextStep).toBe('Log the people you met at RSNA 2025.');
  });

  it.each<[string, Partial<BlueprintInput>, boolean]>([
    ['someone else presented', { interactions: [interaction(['a'], { summary: 'Dr. Nuñez presented new GAE data', occurredAt: at('2026-03-29') })] }, false],
    ['I presented', { interactions: [interaction(['a'], { summary: 'I presented my e-poster on Y90', occurredAt: at('2026-03-29') })] }, true],
    ['the profile counts presentations', { profile: { presentations: 2 } }, true],
    ['the event notes mention our poster', { events: [event({ notes: 'Our poster is on Tuesday', startDate: '2026-03-01', endDate: '2026-03-02' })] }, true],
    ['a future event mentions my poster', { events: [event({ notes: 'My poster is on Tuesday', startDate: '2026-09-01', endDate: '2026-09-02' })] }, false],
  ])('presenting: %s → %s', (_label, data, expected) => {
    const result = blueprintProgress({ ...EMPTY, contacts: [a], ...data });
    expect(stage(result, 'conferences').checks.find((x) => x.id === 'presented')?.complete).toBe(expected);
  });
});

describe('online presence', () => {
  it('reads profile links, contacts followed or met online, and recent social-media touches', () => {
    const contacts = [
      contact({ id: 'o1', howMet: 'online' }),
      contact({ id: 'o2', xUrl: 'https://x.com/ir_educator' }),
      contact({ id: 'o3' }),
    ];
    const result = blueprintProgress({
      ...EMPTY,
      contacts,
      profile: { linkedinUrl: 'https://www.linkedin.com/in/zoe-park' },
      interactions: [
        interaction(['o2'], { kind: 'social-media', occurredAt: at('2026-05-16') }),
        interaction(['o2'], { kind: 'social-media', occurredAt: at('2026-03-01') }),
        interaction(['o1'], { kind: 'email', occurredAt: at('2026-06-01') }),
      ],
    });
    expect(tally(result, 'online-presence')).toEqual({ 'profile-links': '1/1', 'online-contacts': '2/3', 'online-exchanges': '1/3' });
    expect(stage(result, 'online-presence').progress).toBe(67);
    expect(stage(result, 'online-presence').nextStep).toBe('Follow 1 more IR educator or society and add their LinkedIn or X link to their contact.');
  });

  it('accepts a stored profile from before the link fields existed', () => {
    expect(() => blueprintProgress({ ...EMPTY, profile: { presentations: null } })).not.toThrow();
  });
});

describe('application season', () => {
  it('adds open houses per program without double counting, and counts researched programs and interviews', () => {
    const ratings = { 'case-mix': 4, culture: 5, research: 3 } as const;
    const programs: Program[] = [
      program({ id: 'pA', name: 'Alpha IR', openHousesAttended: 1, ratings }),
      program({ id: 'pB', name: 'Beta IR', status: 'interview-invited', ratings: { culture: 2, call: 3 } }),
      program({ id: 'pC', name: 'Gamma IR', status: 'not-applying', ratings: { ...ratings, call: 1, location: 2 } }),
    ];
    const person = contact({ id: 'pd' });
    const result = blueprintProgress({
      ...EMPTY,
      contacts: [person],
      programs,
      interactions: [
        interaction(['pd'], { kind: 'virtual-open-house', programId: 'pA', occurredAt: at('2026-05-01') }),
        interaction(['pd'], { kind: 'virtual-open-house', programId: 'pA', occurredAt: at('2026-05-08') }),
        interaction(['pd'], { kind: 'virtual-open-house', programId: null, occurredAt: at('2026-05-09') }),
        interaction(['pd'], { kind: 'interview-day', programId: 'pA', occurredAt: at('2026-06-01') }),
      ],
    });
    expect(tally(result, 'application-season')).toEqual({ 'programs-researched': '1/10', 'open-houses': '3/3', interviews: '2/1' });
    expect(stage(result, 'application-season').progress).toBe(70);
    expect(stage(result, 'application-season').nextStep).toBe('Rate Beta IR on case mix, culture and research (9 more programs to go).');
  });
});

describe('the weakest stage', () => {
  it('is the one with the lowest progress, and the top-level next step is its step', () => {
    const faculty = ['1', '2', '3'].map((n) => contact({ id: `f${n}`, role: 'ir-attending', stage: 'mentor', howMet: 'online', tags: ['research', 'interest group'] }));
    const result = blueprintProgress({
      ...EMPTY,
      contacts: faculty,
      profile: { xUrl: 'https://x.com/me' },
      interactions: faculty.flatMap((f) => [
        interaction([f.id], { kind: 'meeting', occurredAt: at('2026-06-01') }),
        interaction([f.id], { kind: 'social-media', occurredAt: at('2026-06-02') }),
      ]),
    });
    expect(stage(result, 'home-base').progress).toBe(100);
    expect(stage(result, 'home-base').nextStep).toBeNull();
    expect(stage(result, 'online-presence').progress).toBe(100);
    expect(result.weakestStageId).toBe('conferences');
    expect(result.nextStep).toBe(stage(result, 'conferences').nextStep);
  });
});

// ---------------------------------------------------------------- properties

const ids = ['c0', 'c1', 'c2', 'c3', 'c4'];
const dayOffset = fc.integer({ min: -200, max: 60 });
const dayFrom = (offset: number) => {
  const d = new Date(Date.UTC(2026, 5, 15 + offset, 12));
  return d.toISOString().slice(0, 10);
};

const contactArb = (id: string) =>
  fc
    .record({
      role: fc.constantFrom(...CONTACT_ROLES),
      stage: fc.constantFrom(...RELATIONSHIP_STAGES),
      howMet: fc.option(fc.constantFrom(...HOW_MET), { nil: null }),
      tags: fc.subarray(['research', 'QI', 'interest group', 'my poster', 'conference']),
      feedback: fc.boolean(),
      cadenceDays: fc.option(fc.integer({ min: 7, max: 120 }), { nil: null }),
      linked: fc.boolean(),
    })
    .map((r): Contact =>
      contact({
        id,
        role: r.role,
        stage: r.stage,
        howMet: r.howMet,
        tags: r.tags,
        cadenceDays: r.cadenceDays,
        linkedinUrl: r.linked ? 'https://www.linkedin.com/in/x' : '',
        mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: r.feedback },
      }),
    );

const eventArb = (id: string) =>
  fc
    .record({ kind: fc.constantFrom('conference', 'regional-meeting', 'open-house', 'other' as const), start: dayOffset, targets: fc.subarray(ids) })
    .map((r): RapportEvent =>
      event({ id, kind: r.kind, startDate: dayFrom(r.start), endDate: dayFrom(r.start + 2), targetContactIds: r.targets }),
    );

const programArb = (id: string) =>
  fc
    .record({
      status: fc.constantFrom('researching', 'applied', 'interview-invited', 'not-applying' as const),
      open: fc.integer({ min: 0, max: 3 }),
      rated: fc.integer({ min: 0, max: 5 }),
    })
    .map((r): Program =>
      program({
        id,
        status: r.status,
        openHousesAttended: r.open,
        ratings: Object.fromEntries((['case-mix', 'culture', 'research', 'call', 'location'] as const).slice(0, r.rated).map((k) => [k, 3])),
      }),
    );

const interactionArb = fc
  .record({
    contacts: fc.subarray(ids, { minLength: 1 }),
    kind: fc.constantFrom(...INTERACTION_KINDS),
    day: dayOffset,
    eventId: fc.constantFrom(null, 'e0', 'e1'),
    programId: fc.constantFrom(null, 'p0', 'p1'),
    summary: fc.constantFrom('', 'QI project kickoff', 'I presented my poster', 'Talked about embolization research', 'IRIG lunch'),
  })
  .map((r): Interaction =>
    interaction(r.contacts, { kind: r.kind, occurredAt: at(dayFrom(r.day)), eventId: r.eventId, programId: r.programId, summary: r.summary }),
  );

const reminderArb = fc
  .record({ contactId: fc.constantFrom(...ids), done: fc.boolean(), eventId: fc.constantFrom(null, 'e0', 'e1') })
  .map((r): Reminder =>
    reminder({ kind: 'thank-you', contactId: r.contactId, eventId: r.eventId, status: r.done ? 'done' : 'open', doneAt: r.done ? at('2026-04-01') : null }),
  );

const inputArb: fc.Arbitrary<BlueprintInput> = fc.record({
  contacts: fc.tuple(...ids.map(contactArb)).chain((all) => fc.subarray(all)),
  interactions: fc.array(interactionArb, { maxLength: 12 }),
  events: fc.tuple(eventArb('e0'), eventArb('e1')).chain((all) => fc.subarray(all)),
  programs: fc.tuple(programArb('p0'), programArb('p1')).chain((all) => fc.subarray(all)),
  reminders: fc.array(reminderArb, { maxLength: 4 }),
  profile: fc.option(fc.record({ linkedinUrl: fc.constantFrom('', 'https://linkedin.com/in/me'), presentations: fc.constantFrom(null, 0, 1) }), { nil: null }),
  today: fc.constant(TODAY),
});

describe('blueprintProgress properties', () => {
  it('keeps progress in 0–100, checks consistent, and the next step on the weakest stage', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = blueprintProgress(input);
        expect(result.stages.map((s) => s.id)).toEqual([...BLUEPRINT_STAGE_IDS]);
        for (const s of result.stages) {
          expect(s.progress).toBeGreaterThanOrEqual(0);
          expect(s.progress).toBeLessThanOrEqual(100);
          expect(Number.isInteger(s.progress)).toBe(true);
          for (const c of s.checks) {
            expect(c.done).toBeGreaterThanOrEqual(0);
            expect(c.target).toBeGreaterThan(0);
            expect(c.complete).toBe(c.done >= c.target);
          }
          expect(s.nextStep === null).toBe(s.checks.every((c) => c.complete));
          expect(s.nextStep === null).toBe(s.progress === 100);
        }
        const incomplete = result.stages.filter((s) => s.nextStep !== null);
        if (incomplete.length === 0) {
          expect(result.weakestStageId).toBeNull();
          expect(result.nextStep).toBeNull();
        } else {
          const weakest = stage(result, result.weakestStageId ?? 'home-base');
          expect(weakest.progress).toBe(Math.min(...incomplete.map((s) => s.progress)));
          expect(result.nextStep).toBe(weakest.nextStep);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same input, whatever the order of interactions', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, interactions: [...input.interactions].reverse() };
        expect(blueprintProgress(reversed)).toEqual(blueprintProgress(input));
      }),
      { numRuns: 80 },
    );
  });

  it('never lowers any stage when a new IR faculty member is identified', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = blueprintProgress(input);
        const after = blueprintProgress({ ...input, contacts: [...input.contacts, contact({ id: 'new-faculty', role: 'ir-attending' })] });
        after.stages.forEach((s, i) => expect(s.progress).toBeGreaterThanOrEqual(before.stages[i].progress));
      }),
      { numRuns: 80 },
    );
  });

  it('never lowers home base when a meeting is held', () => {
    fc.assert(
      fc.property(inputArb, fc.subarray(ids, { minLength: 1 }), (input, who) => {
        const before = stage(blueprintProgress(input), 'home-base').progress;
        const meeting = interaction(who, { kind: 'meeting', occurredAt: at('2026-06-14') });
        expect(stage(blueprintProgress({ ...input, interactions: [...input.interactions, meeting] }), 'home-base').progress).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 80 },
    );
  });
});
