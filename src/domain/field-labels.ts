/**
 * Every record's fields in the user's words, for messages that name a field:
 * "Contact 12, keep-in-touch cadence: use a whole number", never
 * "contacts row 12, cadenceDays: Invalid input". Used by the importers, the
 * restore and the import preview.
 */

/** The kinds of record a message can be about (the database tables, plus the trash). */
export type LabelledTable =
  | 'contacts'
  | 'programs'
  | 'interactions'
  | 'reminders'
  | 'events'
  | 'profile'
  | 'settings'
  | 'trash';

const META: Record<string, string> = {
  id: 'Record id',
  createdAt: 'Created on',
  updatedAt: 'Last changed on',
  sample: 'Sample marker',
};

export const FIELD_LABELS: Record<LabelledTable, Record<string, string>> = {
  contacts: {
    name: 'Name',
    role: 'Role',
    title: 'Title',
    institution: 'Institution',
    programIds: 'Programs',
    email: 'Email',
    phone: 'Phone',
    emails: 'Email',
    phones: 'Phone',
    urls: 'Web link',
    addresses: 'Address',
    structuredName: 'Name parts',
    birthday: 'Birthday',
    linkedinUrl: 'LinkedIn link',
    xUrl: 'X link',
    tags: 'Tags',
    interests: 'Interests',
    howMet: 'How you met',
    introducedById: 'Introduced by',
    stage: 'Relationship stage',
    mentorSignals: 'Mentor signals',
    letterStatus: 'Letter status',
    cadenceDays: 'Keep-in-touch cadence',
    notes: 'Notes',
    'structuredName.given': 'Given name',
    'structuredName.family': 'Family name',
    'mentorSignals.suggestsOpportunities': 'Suggests opportunities',
    'mentorSignals.offersIntroductions': 'Offers introductions',
    'mentorSignals.givesCriticalFeedback': 'Gives critical feedback',
    lastTouchAt: 'Last contact',
  },
  programs: {
    name: 'Program name',
    institution: 'Institution',
    city: 'City',
    state: 'State',
    region: 'Region',
    track: 'Track',
    website: 'Website',
    status: 'Application status',
    interest: 'Interest',
    ratings: 'Ratings',
    'ratings.case-mix': 'Case mix rating',
    'ratings.procedure-volume': 'Procedure volume rating',
    'ratings.culture': 'Culture and wellness rating',
    'ratings.research': 'Research rating',
    'ratings.call': 'Call schedule rating',
    'ratings.location': 'Location rating',
    'ratings.teaching': 'Teaching and autonomy rating',
    caseMixNotes: 'Case mix notes',
    cultureNotes: 'Culture notes',
    researchNotes: 'Research notes',
    callNotes: 'Call notes',
    notes: 'Notes',
    figures: 'Published figures',
    'figures.medianStep2ck': 'Median Step 2 CK',
    'figures.positions': 'Positions',
    openHousesAttended: 'Open houses attended',
    awayRotationDone: 'Away rotation done',
  },
  interactions: {
    occurredAt: 'Date and time',
    kind: 'Kind of meeting',
    contactIds: 'People',
    programId: 'Program',
    eventId: 'Event',
    summary: 'Summary',
    notes: 'Notes',
    learned: 'What you learned',
    nextStep: 'Next step',
    commitments: 'Commitment',
  },
  reminders: {
    dueDate: 'Due date',
    latestDate: 'Latest date',
    title: 'Title',
    reason: 'Reason',
    kind: 'Kind of reminder',
    contactId: 'Contact',
    programId: 'Program',
    interactionId: 'Meeting',
    eventId: 'Event',
    commitmentId: 'Commitment',
    status: 'Status',
    snoozedUntil: 'Snoozed until',
    doneAt: 'Done on',
  },
  events: {
    name: 'Event name',
    kind: 'Kind of event',
    startDate: 'First day',
    endDate: 'Last day',
    place: 'Place',
    targetContactIds: 'People to meet',
    sessions: 'Session',
    notes: 'Notes',
  },
  profile: {
    name: 'Your name',
    graduationYear: 'Graduation year',
    school: 'Medical school',
    targetTracks: 'Target tracks',
    preferredRegions: 'Preferred regions',
    preferredStates: 'Preferred states',
    interests: 'Interests',
    step2ck: 'Step 2 CK score',
    publications: 'Publications',
    presentations: 'Presentations',
    linkedinUrl: 'LinkedIn link',
    xUrl: 'X link',
  },
  settings: {
    rules: 'Follow-up rules',
    'rules.conferenceThankYou': 'Conference thank-you rule',
    'rules.firstMeetingFollowUp': 'First-meeting follow-up rule',
    'rules.conferenceFollowUp': 'Conference follow-up rule',
    'rules.interviewThankYou': 'Interview thank-you rule',
    'rules.commitment': 'Promises rule',
    'rules.preEventOutreach': 'Before-an-event rule',
    'rules.keepInTouch': 'Keep-in-touch rule',
    scoring: 'Scoring',
    'scoring.halfLifeDays': 'Scoring half-life (days)',
    'scoring.contactWeights': 'People weights',
    'scoring.programWeights': 'Program weights',
    'scoring.criterionWeights': 'Criterion weights',
    notifications: 'Notifications',
    firstRunChoice: 'First-run choice',
    lastBackupAt: 'Last backup',
    backupReminderDays: 'Backup reminder (days)',
  },
  trash: {
    deletedAt: 'Removed on',
    table: 'Kind of record',
    recordId: 'Record id',
    label: 'Label',
    items: 'Removed record',
  },
};

/** Words for parts of a path no table names on its own (`dueOffsetDays` in a rule, `text` in a commitment). */
const PART_WORDS: Record<string, string> = {
  value: '',
  label: 'label',
  enabled: 'on or off',
  dueOffsetDays: 'days until due',
  latestOffsetDays: 'days until the latest day',
  graceDays: 'grace days',
  mentorDefaultDays: 'mentor keep-in-touch days',
  text: 'text',
  direction: 'who promised',
  done: 'done',
  street: 'street',
  city: 'city',
  region: 'region',
  postcode: 'postcode',
  country: 'country',
  record: '',
};

const RECORD_WORDS: Record<LabelledTable, string> = {
  contacts: 'Contact',
  programs: 'Program',
  interactions: 'Logged meeting',
  reminders: 'Reminder',
  events: 'Event',
  profile: 'Your profile',
  settings: 'Settings',
  trash: 'Trash entry',
};

const SINGLE_ROW = new Set<LabelledTable>(['profile', 'settings']);
const KEEP_CASE = /^(LinkedIn|X|ORCID|NRMP|ERAS|Step|Median|[A-Z]{2,})\b/;

function humanize(part: string): string {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

function lowerFirst(words: string): string {
  return KEEP_CASE.test(words) ? words : words.charAt(0).toLowerCase() + words.slice(1);
}

function anyTableLabel(part: string): string | undefined {
  for (const labels of Object.values(FIELD_LABELS)) if (labels[part]) return labels[part];
  return undefined;
}

/**
 * A field's name in the user's words from its schema path: "Email 2" for
 * `emails.1.value`, "Commitment 1, text" for `commitments.0.text`. Never the
 * raw path: a part no table names is turned into words ("cadence days").
 */
export function fieldWords(table: LabelledTable, path: string): string {
  if (path === '') return 'Row';
  const labels = FIELD_LABELS[table];
  const parts: string[] = [];
  const keyPath: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      const n = Number(segment) + 1;
      if (parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${n}`;
      else parts.push(`item ${n}`);
      continue;
    }
    keyPath.push(segment);
    const full = labels[keyPath.join('.')] ?? (keyPath.length === 1 ? META[segment] : undefined);
    if (full !== undefined) {
      parts.splice(0, parts.length, full);
      continue;
    }
    const word = PART_WORDS[segment] ?? anyTableLabel(segment) ?? META[segment] ?? humanize(segment);
    if (word) parts.push(word);
  }
  if (parts.length === 0) return 'Row';
  return parts.map((p, i) => (i === 0 ? p.charAt(0).toUpperCase() + p.slice(1) : lowerFirst(p))).join(', ');
}

/** "Contact 12", "Logged meeting 3", "Your profile": which record a message is about (`row` counts from 1). */
export function recordWords(table: LabelledTable, row: number): string {
  return SINGLE_ROW.has(table) ? RECORD_WORDS[table] : `${RECORD_WORDS[table]} ${row}`;
}

/** "Contact 12, keep-in-touch cadence: use a whole number". */
export function describeFieldProblem(table: LabelledTable, row: number, field: string, message: string): string {
  const where = field ? `${recordWords(table, row)}, ${lowerFirst(fieldWords(table, field))}` : recordWords(table, row);
  return `${where}: ${lowerFirst(message.trim().replace(/\.$/, ''))}`;
}
