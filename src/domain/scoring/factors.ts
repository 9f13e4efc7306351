/**
 * The fixed numbers of the scoring model, in one place so the UI can show them
 * and the tests can work examples by hand. The user tunes the model through the
 * weights in Settings; these set the shape inside each factor.
 */
import type {
  ApplicationStatus,
  ContactRole,
  InteractionKind,
  RelationshipStage,
} from '../vocabulary';
import type { CompetitivenessLabel, ContactFactor, ProgramFactor } from './types';

export const CONTACT_FACTORS = ['strength', 'leverage', 'urgency'] as const satisfies readonly ContactFactor[];
export const PROGRAM_FACTORS = ['fit', 'connection', 'engagement', 'interest'] as const satisfies readonly ProgramFactor[];

export const FACTOR_LABELS: Record<ContactFactor | ProgramFactor, string> = {
  strength: 'Relationship strength',
  leverage: 'Leverage',
  urgency: 'Urgency',
  fit: 'Fit',
  connection: 'Connection',
  engagement: 'Engagement',
  interest: 'Your interest',
};

// ------------------------------------------------------------ relationship strength

/** Weight of one touch of each kind before decay: time face to face counts most, a like or a DM least. */
export const INTERACTION_KIND_WEIGHTS: Record<InteractionKind, number> = {
  meeting: 1,
  shadowing: 1,
  'interview-day': 1,
  call: 0.6,
  'conference-conversation': 0.6,
  'poster-visit': 0.4,
  'virtual-open-house': 0.3,
  email: 0.3,
  other: 0.2,
  'social-media': 0.1,
};

/**
 * Decayed touch weight at which the touch part reaches one half: part = e / (e + 2).
 * One fresh meeting gives 1/3, two give 1/2, six give 3/4: more touches always help, less each time.
 */
export const TOUCH_SATURATION = 2;

/** How strength splits between logged touches, the relationship stage and mentor signals. */
export const STRENGTH_PARTS = { touches: 0.5, stage: 0.3, signals: 0.2 } as const;

/** Each stage's value: its place on the ladder identified → advocate, 0 to 1. */
export const STAGE_VALUES: Record<RelationshipStage, number> = {
  identified: 0,
  contacted: 0.2,
  met: 0.4,
  engaged: 0.6,
  mentor: 0.8,
  advocate: 1,
};

// ------------------------------------------------------------ leverage

/** How much a person in each role can open doors in the match: program leadership first. */
export const ROLE_WEIGHTS: Record<ContactRole, number> = {
  'program-director': 1,
  'associate-pd': 0.9,
  'division-chief': 0.9,
  'ir-attending': 0.7,
  'dr-faculty': 0.5,
  'ir-fellow': 0.4,
  researcher: 0.4,
  resident: 0.3,
  coordinator: 0.3,
  'pa-app': 0.2,
  'nurse-tech': 0.2,
  'peer-applicant': 0.1,
  other: 0.1,
};

/** Leverage = 0.6 × role + 0.4 × the appeal of the best program the contact is linked to. */
export const LEVERAGE_PARTS = { role: 0.6, programs: 0.4 } as const;

/**
 * A linked program's appeal = 0.5 × its fit + 0.5 × (interest − 1) / 4; zero when the user is not applying.
 * Fit and interest, not the program's full score, so the two rankings do not feed each other.
 */
export const PROGRAM_APPEAL_PARTS = { fit: 0.5, interest: 0.5 } as const;

// ------------------------------------------------------------ urgency

/**
 * Urgency combines three signals as "any one of them is enough":
 * urgency = 1 − (1 − cadence)(1 − commitments)(1 − reminders).
 */
export const URGENCY = {
  /** Cadence part = days since last touch / (2 × cadence), capped at 1: one half when the cadence is reached. */
  cadenceSpan: 2,
  /** Commitment load: each promise not done counts 1, an overdue one 2; part = load / (load + 1). */
  owedCommitment: 1,
  overdueCommitment: 2,
  /** Reminder load: coming up within `soonDays` 0.5, in its window 1, past its latest day 2; part = load / (load + 1). */
  soonReminder: 0.5,
  dueReminder: 1,
  overdueReminder: 2,
  soonDays: 7,
} as const;

/** Cadence assumed for mentors and advocates with none of their own, in days. */
export const DEFAULT_MENTOR_CADENCE_DAYS = 42;

// ------------------------------------------------------------ fit

/**
 * Fit = weighted mean of the parts that apply: criterion ratings always; track and region
 * only when the profile names target tracks / preferred regions or states.
 */
export const FIT_PARTS = { ratings: 0.6, track: 0.25, region: 0.15 } as const;

/** Highest rating a criterion can get. */
export const MAX_RATING = 5;

// ------------------------------------------------------------ engagement

export const ENGAGEMENT_PARTS = { openHouses: 0.25, awayRotation: 0.35, status: 0.4 } as const;

/** Open houses that count: the part is attended / 2, capped at 1. */
export const OPEN_HOUSES_FOR_FULL = 2;

/** How far along the application pipeline each status is, 0 to 1. */
export const STATUS_VALUES: Record<ApplicationStatus, number> = {
  researching: 0,
  applying: 0.2,
  applied: 0.4,
  'interview-invited': 0.7,
  interviewed: 0.9,
  ranked: 1,
  'not-applying': 0,
};

// ------------------------------------------------------------ competitiveness

/**
 * Your Step 2 CK minus the program's median: at least +5 is "likely", at most −5 is "reach",
 * anything between is "target". Bands, not odds.
 */
export const COMPETITIVENESS_MARGIN = 5;

export const COMPETITIVENESS_LABELS: Record<CompetitivenessLabel, string> = {
  reach: 'Reach',
  target: 'Target',
  likely: 'Likely',
  'not-enough-data': 'Not enough data',
};
