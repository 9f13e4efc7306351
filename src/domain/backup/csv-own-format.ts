/**
 * Rapport's own CSV files. The columns only Rapport writes (a contact's
 * programs, who introduced them and the mentor signals; a program's ratings),
 * the columns that tell a file is Rapport's own export, and how such a file's
 * cells read back exactly as they were written — one email, phone or link a
 * cell, labels as typed, no guessing — so that exporting and importing again
 * gives the same records. The JSON backup stays the complete copy: it also
 * holds meetings, reminders, events, settings and the trash.
 */
import { PROGRAM_CRITERION_LABELS, type ProgramCriterion } from '../vocabulary';
import { asList, asText, asWholeNumber, asYesNo, type CellReading, type ColumnSpec } from './csv-values';

/** Contact columns for what links a contact to other records, and the mentor signals. */
export const CONTACT_LINK_COLUMNS = {
  programs: { label: 'Programs', aliases: ['programs', 'program', 'program links', 'linked programs'], read: asList, combine: 'list' },
  introducedBy: { label: 'Introduced by', aliases: ['introduced by', 'introducer', 'referred by'], read: asText, combine: 'first' },
  suggestsOpportunities: { label: 'Suggests opportunities', aliases: ['suggests opportunities'], read: asYesNo, combine: 'first' },
  offersIntroductions: { label: 'Offers introductions', aliases: ['offers introductions'], read: asYesNo, combine: 'first' },
  givesCriticalFeedback: { label: 'Gives critical feedback', aliases: ['gives critical feedback'], read: asYesNo, combine: 'first' },
} satisfies Record<string, ColumnSpec>;

/** The mentor signals' columns, by the signal they fill. */
export const MENTOR_SIGNAL_FIELDS = ['suggestsOpportunities', 'offersIntroductions', 'givesCriticalFeedback'] as const;

const rating = (criterion: ProgramCriterion) => {
  const label = `${PROGRAM_CRITERION_LABELS[criterion]} rating (0–5)`;
  return { label, aliases: [], read: asWholeNumber, combine: 'first' } satisfies ColumnSpec;
};

/** One column per rating criterion; an empty cell is a criterion not rated. */
export const PROGRAM_RATING_COLUMNS = {
  ratingCaseMix: rating('case-mix'),
  ratingProcedureVolume: rating('procedure-volume'),
  ratingCulture: rating('culture'),
  ratingResearch: rating('research'),
  ratingCall: rating('call'),
  ratingLocation: rating('location'),
  ratingTeaching: rating('teaching'),
} satisfies Record<string, ColumnSpec>;

/** Which criterion each rating column fills. */
const RATING_CRITERIA = {
  ratingCaseMix: 'case-mix',
  ratingProcedureVolume: 'procedure-volume',
  ratingCulture: 'culture',
  ratingResearch: 'research',
  ratingCall: 'call',
  ratingLocation: 'location',
  ratingTeaching: 'teaching',
} as const satisfies Record<keyof typeof PROGRAM_RATING_COLUMNS, ProgramCriterion>;

const CRITERION_OF_FIELD = new Map<string, ProgramCriterion>(Object.entries(RATING_CRITERIA));

/** The criterion a rating column's field fills ("ratingCaseMix" → "case-mix"); undefined for any other field. */
export function ratingCriterionOf(field: string): ProgramCriterion | undefined {
  return CRITERION_OF_FIELD.get(field);
}

/**
 * The fields whose columns every contacts or programs CSV Rapport has
 * written carries, under their labels: a file with all of them is Rapport's
 * own (also one written before the link and rating columns existed).
 */
export const OWN_FILE_SIGNATURE = {
  contacts: ['name', 'role', 'title', 'institution', 'email', 'phone', 'linkedinUrl', 'xUrl', 'tags', 'interests', 'stage', 'howMet', 'letterStatus', 'cadenceDays', 'notes'],
  programs: [
    'name', 'institution', 'city', 'state', 'region', 'track', 'website', 'status', 'interest', 'medianStep2ck', 'positions',
    'openHousesAttended', 'awayRotationDone', 'caseMixNotes', 'cultureNotes', 'researchNotes', 'callNotes', 'notes',
  ],
} as const;

const oneValue = (cell: string): CellReading => ({ value: [cell] });

/**
 * How a field reads from Rapport's own file, where the export wrote each
 * value exactly as stored: one email, phone or link a cell (a link may hold
 * `;`), a title or institution kept whole (even with ` ::: ` in it), a
 * birthday as stored. Fields not listed read as in any CSV.
 */
export const OWN_FILE_READERS: Record<'contacts' | 'programs', Partial<Record<string, (cell: string) => CellReading>>> = {
  contacts: {
    title: asText,
    institution: asText,
    email: oneValue,
    phone: oneValue,
    website: oneValue,
    birthday: asText,
  },
  programs: {},
};
