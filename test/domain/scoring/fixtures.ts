/** Small builders and fast-check arbitraries for the scoring tests. */
import fc from 'fast-check';
import { noActivity } from '../../../src/domain/scoring/activity';
import type { ContactActivity, OwedCommitment } from '../../../src/domain/scoring/activity';
import type {
  ScoringContact,
  ScoringInput,
  ScoringInteraction,
  ScoringProfile,
  ScoringProgram,
  ScoringReminder,
} from '../../../src/domain/scoring/types';
import { defaultSettingsFields } from '../../../src/domain/settings';
import type { ScoringSettings } from '../../../src/domain/settings';
import {
  APPLICATION_STATUSES,
  CONTACT_ROLES,
  INTERACTION_KINDS,
  PROGRAM_CRITERIA,
  REGIONS,
  RELATIONSHIP_STAGES,
  REMINDER_KINDS,
  REMINDER_STATUSES,
  TRACKS,
} from '../../../src/domain/vocabulary';

/** The fixed clock of every scoring test: noon UTC, so the local day is 1 April in any time zone from −11 to +11. */
export const NOW = new Date('2026-04-01T12:00:00.000Z');
export const TODAY = '2026-04-01';
const DAY_MS = 86_400_000;

/** The instant `days` days before NOW, as stored. */
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

export const defaultScoring = (): ScoringSettings => defaultSettingsFields().scoring;

export function contact(overrides: Partial<ScoringContact> = {}): ScoringContact {
  return {
    id: 'c1',
    name: 'Dr. Ada Park',
    role: 'ir-attending',
    programIds: [],
    stage: 'identified',
    mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: false },
    cadenceDays: null,
    createdAt: daysAgo(365),
    ...overrides,
  };
}

export function program(overrides: Partial<ScoringProgram> = {}): ScoringProgram {
  return {
    id: 'p1',
    name: 'Fictional IR Program',
    track: 'integrated-ir',
    region: null,
    state: '',
    status: 'researching',
    interest: 3,
    ratings: {},
    figures: { medianStep2ck: null, positions: null },
    openHousesAttended: 0,
    awayRotationDone: false,
    ...overrides,
  };
}

export function interaction(overrides: Partial<ScoringInteraction> = {}): ScoringInteraction {
  return { id: 'i1', occurredAt: NOW.toISOString(), kind: 'meeting', contactIds: ['c1'], commitments: [], ...overrides };
}

export function reminder(overrides: Partial<ScoringReminder> = {}): ScoringReminder {
  return {
    id: 'r1',
    dueDate: TODAY,
    latestDate: TODAY,
    title: 'Send a thank-you',
    kind: 'thank-you',
    contactId: 'c1',
    status: 'open',
    snoozedUntil: null,
    commitmentId: null,
    ...overrides,
  };
}

export function owed(overrides: Partial<OwedCommitment> = {}): OwedCommitment {
  return { id: 'k1', text: 'send the abstract', dueDate: null, interactionId: 'i1', ...overrides };
}

export function activity(overrides: Partial<ContactActivity> = {}): ContactActivity {
  return { ...noActivity(), ...overrides };
}

export function profile(overrides: Partial<ScoringProfile> = {}): ScoringProfile {
  return { targetTracks: [], preferredRegions: [], preferredStates: [], step2ck: null, ...overrides };
}

// ------------------------------------------------------------ arbitraries

const dayArb = fc.integer({ min: -90, max: 90 }).map((d) => new Date(NOW.getTime() + d * DAY_MS).toISOString().slice(0, 10));
const weightArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));

export const settingsArb: fc.Arbitrary<ScoringSettings> = fc.record({
  halfLifeDays: fc.integer({ min: 7, max: 3650 }),
  contactWeights: fc.record({ strength: weightArb, leverage: weightArb, urgency: weightArb }),
  programWeights: fc.record({ fit: weightArb, connection: weightArb, engagement: weightArb, interest: weightArb }),
  criterionWeights: fc.record(
    Object.fromEntries(PROGRAM_CRITERIA.map((c) => [c, weightArb])) as Record<(typeof PROGRAM_CRITERIA)[number], fc.Arbitrary<number>>,
  ),
});

const profileArb: fc.Arbitrary<ScoringProfile | null> = fc.option(
  fc.record({
    targetTracks: fc.subarray([...TRACKS]),
    preferredRegions: fc.subarray([...REGIONS]),
    preferredStates: fc.subarray(['CA', 'NY', 'tx']),
    step2ck: fc.option(fc.integer({ min: 200, max: 280 })),
  }),
);

/** A random but valid world of up to 8 programs, 12 contacts, 30 interactions and 12 reminders. */
export const worldArb: fc.Arbitrary<ScoringInput> = fc
  .record({
    programCount: fc.integer({ min: 1, max: 8 }),
    contactCount: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ programCount, contactCount }) => {
    const programIds = Array.from({ length: programCount }, (_, i) => `p${i}`);
    const contactIds = Array.from({ length: contactCount }, (_, i) => `c${i}`);
    const programsArb = fc.tuple(
      ...programIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constantFrom('Alpha IR', 'Beta IR', 'Gamma Radiology'),
          track: fc.constantFrom(...TRACKS),
          region: fc.option(fc.constantFrom(...REGIONS)),
          state: fc.constantFrom('', 'CA', 'NY', 'TX'),
          status: fc.constantFrom(...APPLICATION_STATUSES),
          interest: fc.integer({ min: 1, max: 5 }),
          ratings: fc.record(
            Object.fromEntries(PROGRAM_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 5 })])) as Record<
              (typeof PROGRAM_CRITERIA)[number],
              fc.Arbitrary<number>
            >,
            { requiredKeys: [] },
          ),
          figures: fc.record({ medianStep2ck: fc.option(fc.integer({ min: 220, max: 270 })), positions: fc.constant(null) }),
          openHousesAttended: fc.integer({ min: 0, max: 4 }),
          awayRotationDone: fc.boolean(),
        }),
      ),
    );
    const contactsArb = fc.tuple(
      ...contactIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constantFrom('Dr. Lee', 'Dr. Patel', 'Dr. Okafor', 'Sam Rivera'),
          role: fc.constantFrom(...CONTACT_ROLES),
          programIds: fc.subarray([...programIds, 'missing-program']),
          stage: fc.constantFrom(...RELATIONSHIP_STAGES),
          mentorSignals: fc.record({
            suggestsOpportunities: fc.boolean(),
            offersIntroductions: fc.boolean(),
            givesCriticalFeedback: fc.boolean(),
          }),
          cadenceDays: fc.option(fc.integer({ min: 1, max: 365 })),
          createdAt: fc.integer({ min: 0, max: 800 }).map(daysAgo),
        }),
      ),
    );
    const interactionsArb = fc.array(
      fc.record({
        id: fc.uuid(),
        occurredAt: fc.integer({ min: -30, max: 800 }).map(daysAgo),
        kind: fc.constantFrom(...INTERACTION_KINDS),
        contactIds: fc.subarray(contactIds, { minLength: 1 }),
        commitments: fc.array(
          fc.record({
            id: fc.uuid(),
            direction: fc.constantFrom('promised' as const, 'offered' as const),
            text: fc.constantFrom('send the abstract', 'share the CV'),
            dueDate: fc.option(dayArb),
            done: fc.boolean(),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 30 },
    );
    const remindersArb = fc.array(
      fc
        .record({
          id: fc.uuid(),
          dueDate: dayArb,
          span: fc.integer({ min: 0, max: 7 }),
          title: fc.constantFrom('Send a thank-you', 'Check in'),
          kind: fc.constantFrom(...REMINDER_KINDS),
          contactId: fc.option(fc.constantFrom(...contactIds)),
          status: fc.constantFrom(...REMINDER_STATUSES),
          snooze: dayArb,
        })
        .map(({ span, snooze, ...r }): ScoringReminder => {
          const latest = new Date(Date.parse(`${r.dueDate}T12:00:00Z`) + span * DAY_MS).toISOString().slice(0, 10);
          return { ...r, latestDate: latest, snoozedUntil: r.status === 'snoozed' ? snooze : null, commitmentId: null };
        }),
      { maxLength: 12 },
    );
    return fc.record({
      programs: programsArb,
      contacts: contactsArb,
      interactions: interactionsArb,
      reminders: remindersArb,
      profile: profileArb,
      settings: settingsArb,
    });
  })
  .map((world): ScoringInput => ({ ...world, now: NOW, today: TODAY }));
