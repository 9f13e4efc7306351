/**
 * The fixed vocabularies of Rapport (roles, stages, kinds…) with the words the
 * user sees for each. Stored values are stable kebab-case ids; labels may change.
 */

export const CONTACT_ROLES = [
  'ir-attending',
  'program-director',
  'associate-pd',
  'division-chief',
  'dr-faculty',
  'ir-fellow',
  'resident',
  'pa-app',
  'nurse-tech',
  'coordinator',
  'researcher',
  'peer-applicant',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  'ir-attending': 'IR attending',
  'program-director': 'Program director',
  'associate-pd': 'Associate program director',
  'division-chief': 'Division chief',
  'dr-faculty': 'DR faculty',
  'ir-fellow': 'IR fellow',
  resident: 'Resident',
  'pa-app': 'PA / APP',
  'nurse-tech': 'Nurse / technologist',
  coordinator: 'Program coordinator',
  researcher: 'Researcher',
  'peer-applicant': 'Peer applicant',
  other: 'Other',
};

/** Relationship stages, in order: a later stage is a stronger relationship. */
export const RELATIONSHIP_STAGES = ['identified', 'contacted', 'met', 'engaged', 'mentor', 'advocate'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];
export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, string> = {
  identified: 'Identified',
  contacted: 'Contacted',
  met: 'Met',
  engaged: 'Engaged',
  mentor: 'Mentor',
  advocate: 'Advocate',
};

export const HOW_MET = ['home-institution', 'conference', 'online', 'research', 'introduction', 'interview'] as const;
export type HowMet = (typeof HOW_MET)[number];
export const HOW_MET_LABELS: Record<HowMet, string> = {
  'home-institution': 'Home institution',
  conference: 'Conference',
  online: 'Online',
  research: 'Research',
  introduction: 'Introduction',
  interview: 'Interview',
};

export const LETTER_STATUSES = ['none', 'asked', 'agreed', 'submitted'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  none: 'No letter',
  asked: 'Letter asked',
  agreed: 'Letter agreed',
  submitted: 'Letter submitted',
};

export const MENTOR_SIGNALS = ['suggestsOpportunities', 'offersIntroductions', 'givesCriticalFeedback'] as const;
export type MentorSignal = (typeof MENTOR_SIGNALS)[number];
export const MENTOR_SIGNAL_LABELS: Record<MentorSignal, string> = {
  suggestsOpportunities: 'Suggests opportunities',
  offersIntroductions: 'Offers introductions',
  givesCriticalFeedback: 'Gives critical feedback',
};

export const TRACKS = ['integrated-ir', 'independent-ir', 'dr-esir', 'dr'] as const;
export type Track = (typeof TRACKS)[number];
export const TRACK_LABELS: Record<Track, string> = {
  'integrated-ir': 'Integrated IR',
  'independent-ir': 'Independent IR',
  'dr-esir': 'DR with ESIR',
  dr: 'Diagnostic radiology',
};

export const REGIONS = ['northeast', 'mid-atlantic', 'southeast', 'midwest', 'southwest', 'mountain', 'west-coast'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_LABELS: Record<Region, string> = {
  northeast: 'Northeast',
  'mid-atlantic': 'Mid-Atlantic',
  southeast: 'Southeast',
  midwest: 'Midwest',
  southwest: 'Southwest',
  mountain: 'Mountain West',
  'west-coast': 'West Coast',
};

/** Application pipeline, in order; `not-applying` sits outside the pipeline. */
export const APPLICATION_STATUSES = [
  'researching',
  'applying',
  'applied',
  'interview-invited',
  'interviewed',
  'ranked',
  'not-applying',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  researching: 'Researching',
  applying: 'Applying',
  applied: 'Applied',
  'interview-invited': 'Interview invited',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
  'not-applying': 'Not applying',
};

/** Criteria the user rates each program on (0–5), weighted in Settings. */
export const PROGRAM_CRITERIA = ['case-mix', 'procedure-volume', 'culture', 'research', 'call', 'location', 'teaching'] as const;
export type ProgramCriterion = (typeof PROGRAM_CRITERIA)[number];
export const PROGRAM_CRITERION_LABELS: Record<ProgramCriterion, string> = {
  'case-mix': 'Case mix',
  'procedure-volume': 'Procedure volume',
  culture: 'Culture and wellness',
  research: 'Research',
  call: 'Call schedule',
  location: 'Location',
  teaching: 'Teaching and autonomy',
};

export const INTERACTION_KINDS = [
  'meeting',
  'shadowing',
  'call',
  'email',
  'conference-conversation',
  'poster-visit',
  'virtual-open-house',
  'interview-day',
  'social-media',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  shadowing: 'Shadowing',
  call: 'Call',
  email: 'Email',
  'conference-conversation': 'Conference conversation',
  'poster-visit': 'Poster visit',
  'virtual-open-house': 'Virtual open house',
  'interview-day': 'Interview day',
  'social-media': 'Social media',
  other: 'Other',
};

export const COMMITMENT_DIRECTIONS = ['promised', 'offered'] as const;
export type CommitmentDirection = (typeof COMMITMENT_DIRECTIONS)[number];
export const COMMITMENT_DIRECTION_LABELS: Record<CommitmentDirection, string> = {
  promised: 'I promised',
  offered: 'They offered',
};

export const REMINDER_KINDS = ['thank-you', 'follow-up', 'pre-event-outreach', 'commitment', 'keep-in-touch', 'custom'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  'thank-you': 'Thank-you',
  'follow-up': 'Follow-up',
  'pre-event-outreach': 'Pre-event outreach',
  commitment: 'Commitment',
  'keep-in-touch': 'Keep in touch',
  custom: 'Custom',
};

/** `snoozed` reminders carry `snoozedUntil`; they count as open again from that day. */
export const REMINDER_STATUSES = ['open', 'snoozed', 'done', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export const EVENT_KINDS = ['conference', 'regional-meeting', 'open-house', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  conference: 'Conference',
  'regional-meeting': 'Regional meeting',
  'open-house': 'Open house',
  other: 'Other',
};
