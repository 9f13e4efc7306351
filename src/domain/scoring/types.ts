/**
 * What the scoring module reads and what it returns. Inputs are the few fields
 * scoring needs (`Pick`s of the stored records), so a full `Contact`, `Program`…
 * fits as is and tests can build small literals.
 */
import type { Contact, Interaction, Profile, Program, Reminder } from '../entities';
import type { ScoringSettings } from '../settings';

export type ScoringContact = Pick<
  Contact,
  'id' | 'name' | 'role' | 'programIds' | 'stage' | 'mentorSignals' | 'cadenceDays' | 'createdAt'
>;

export type ScoringProgram = Pick<
  Program,
  | 'id'
  | 'name'
  | 'track'
  | 'region'
  | 'state'
  | 'status'
  | 'interest'
  | 'ratings'
  | 'figures'
  | 'openHousesAttended'
  | 'awayRotationDone'
>;

export type ScoringInteraction = Pick<Interaction, 'id' | 'occurredAt' | 'kind' | 'contactIds' | 'commitments'>;

export type ScoringReminder = Pick<
  Reminder,
  'id' | 'dueDate' | 'latestDate' | 'title' | 'kind' | 'contactId' | 'status' | 'snoozedUntil' | 'commitmentId'
>;

export type ScoringProfile = Pick<Profile, 'targetTracks' | 'preferredRegions' | 'preferredStates' | 'step2ck'>;

/** Everything one scoring run reads. No clock: `now` is given. */
export interface ScoringInput {
  contacts: readonly ScoringContact[];
  programs: readonly ScoringProgram[];
  interactions: readonly ScoringInteraction[];
  reminders: readonly ScoringReminder[];
  /** The user's profile, or null before they fill it in (track, region and competitiveness then drop out). */
  profile: ScoringProfile | null;
  settings: ScoringSettings;
  /** The instant scores are computed for; interaction ages and last-touch times count from here. */
  now: Date;
  /** The user's local day (`yyyy-MM-dd`); defaults to the local day of `now`. */
  today?: string;
  /**
   * Cadence, in days, assumed for mentors and advocates who have none of their own
   * (pass `settings.rules.keepInTouch.mentorDefaultDays`). Default 42.
   */
  mentorDefaultCadenceDays?: number;
}

/** A factor's value (0–1) before weighting, and the words that explain it. */
export interface FactorPart {
  value: number;
  detail: string;
}

export type ContactFactor = 'strength' | 'leverage' | 'urgency';
export type ProgramFactor = 'fit' | 'connection' | 'engagement' | 'interest';

/** One factor's share of a score. The `points` of a score's contributions add up to its `score` exactly (in tenths). */
export interface Contribution<F extends string = string> {
  factor: F;
  /** The factor's name as the user reads it, e.g. "Relationship strength". */
  label: string;
  /** Points this factor adds to the score, one decimal. */
  points: number;
  /**
   * Points the factor would add at its best (its weight's share of 100), one decimal; for drawing the bar.
   * Rounded on its own, so a factor at full value can show `points` one tenth above it.
   */
  maxPoints: number;
  /** The factor's own value, 0–1, before weighting. */
  value: number;
  /** Why, in words: "4 touches logged, most of them recent · Mentor · 2 of 3 mentor signals". */
  detail: string;
}

export type NextActionKind =
  | 'overdue-reminder'
  | 'overdue-commitment'
  | 'due-reminder'
  | 'commitment'
  | 'keep-in-touch'
  | 'upcoming-reminder'
  | 'introduce'
  | 'ask-to-meet'
  | 'update';

/** A suggested next step for a contact, in words, with the record it comes from when there is one. */
export interface NextAction {
  kind: NextActionKind;
  /** E.g. "Thank Dr. Lee (overdue since 12 Mar)", "Send Dr. Lee an update (7 weeks since the last)", "Deliver: send the abstract by 3 Apr". */
  text: string;
  reminderId: string | null;
  commitmentId: string | null;
  /** The day the text refers to (`yyyy-MM-dd`), when it names one. */
  day: string | null;
}

export interface ContactScore {
  id: string;
  /** 0–100, one decimal; the sum of `contributions[].points`. */
  score: number;
  /** 1-based place in the ranking. */
  rank: number;
  contributions: Contribution<ContactFactor>[];
  /** Relationship strength 0–1, unweighted: the value programs use for their connection factor. */
  strength: number;
  nextAction: NextAction;
}

export type CompetitivenessLabel = 'reach' | 'target' | 'likely' | 'not-enough-data';

/** Where the user's own figures sit against the program's published ones. A label, never a probability. */
export interface Competitiveness {
  label: CompetitivenessLabel;
  /** Your Step 2 CK minus the program's median, when both are known. */
  difference: number | null;
  detail: string;
}

export interface ProgramScore {
  id: string;
  /** 0–100, one decimal; the sum of `contributions[].points`. */
  score: number;
  /** 1-based place in the ranking. */
  rank: number;
  contributions: Contribution<ProgramFactor>[];
  /** Fit 0–1, unweighted: the value contacts' leverage uses. */
  fit: number;
  /** Shown beside the score; not part of it. */
  competitiveness: Competitiveness;
}

/** Both ranked lists, best first. */
export interface PriorityRanking {
  contacts: ContactScore[];
  programs: ProgramScore[];
}
