/**
 * Merge fields and the renderer that fills a template from a contact, program,
 * event, last interaction and the user's profile.
 *
 * A field is written `{{contact.firstName}}` (spaces inside the braces are
 * allowed). A field with no value renders as a visible bracketed placeholder
 * such as "[topic you discussed]" and is listed in `missing`, so a draft never
 * goes out with a silent gap; an unknown field name renders as
 * "[unknown field: …]" and is listed in `unknown`.
 */
import type { Contact, Interaction, Profile, Program, RapportEvent } from '../entities';
import { longMonthDayLabel, longMonthDayRangeLabel } from '../../lib/date-format';
import type { MessageTemplate } from './templates';
import { greetingFor, splitPersonName } from './person-names';

/** Letters go to US programs, so their dates read "December 1" whatever the writer's own locale. */
const LETTER_LOCALE = 'en-US';

/** What a template can draw on. Every part is optional; what is absent renders as a placeholder. */
export interface TemplateContext {
  contact?: Pick<Contact, 'name' | 'role' | 'title' | 'institution' | 'interests'> | null;
  program?: Pick<Program, 'name' | 'institution'> | null;
  event?: Pick<RapportEvent, 'name' | 'place' | 'startDate' | 'endDate'> | null;
  lastInteraction?: Pick<Interaction, 'occurredAt' | 'summary' | 'learned' | 'nextStep'> | null;
  profile?: Pick<Profile, 'name' | 'school' | 'graduationYear' | 'interests'> | null;
}

interface MergeFieldSpec {
  key: string;
  /** What the field holds, for a field picker. */
  label: string;
  /** Shown in the draft when the value is missing. */
  placeholder: string;
  value: (context: TemplateContext) => string | null | undefined;
}

/** Every merge field, with its label and the placeholder shown when it has no value. */
export const MERGE_FIELDS = [
  {
    key: 'contact.greeting',
    label: 'How to greet them ("Dr. Nuñez", or the first name for a peer)',
    placeholder: '[name]',
    value: (c) => (c.contact ? greetingFor(c.contact) : null),
  },
  { key: 'contact.name', label: 'Contact full name', placeholder: '[their name]', value: (c) => c.contact?.name },
  {
    key: 'contact.firstName',
    label: 'Contact first name',
    placeholder: '[first name]',
    value: (c) => (c.contact ? splitPersonName(c.contact.name).firstName : null),
  },
  {
    key: 'contact.lastName',
    label: 'Contact last name',
    placeholder: '[last name]',
    value: (c) => (c.contact ? splitPersonName(c.contact.name).lastName : null),
  },
  { key: 'contact.title', label: 'Contact title', placeholder: '[their title]', value: (c) => c.contact?.title },
  {
    key: 'contact.institution',
    label: 'Contact institution',
    placeholder: '[their institution]',
    value: (c) => c.contact?.institution,
  },
  {
    key: 'contact.interests',
    label: 'Contact interests (their work)',
    placeholder: '[their work or topic]',
    value: (c) => joinWords(c.contact?.interests ?? []),
  },
  { key: 'program.name', label: 'Program name', placeholder: '[program name]', value: (c) => c.program?.name },
  {
    key: 'program.institution',
    label: 'Program institution',
    placeholder: '[institution]',
    value: (c) => c.program?.institution,
  },
  { key: 'event.name', label: 'Event name', placeholder: '[event name]', value: (c) => c.event?.name },
  { key: 'event.place', label: 'Event place', placeholder: '[event city]', value: (c) => c.event?.place },
  {
    key: 'event.dates',
    label: 'Event dates',
    placeholder: '[event dates]',
    value: (c) => (c.event ? longMonthDayRangeLabel(c.event.startDate, c.event.endDate, LETTER_LOCALE) : null),
  },
  {
    key: 'lastInteraction.topic',
    label: 'Topic you discussed last time (taken from the summary when it names a topic)',
    placeholder: '[topic you discussed]',
    value: (c) => topicOf(c.lastInteraction?.summary ?? ''),
  },
  {
    key: 'lastInteraction.summary',
    label: 'Your summary of the last conversation, as you wrote it (best on a line of its own)',
    placeholder: '[summary of your last conversation]',
    value: (c) => c.lastInteraction?.summary,
  },
  {
    key: 'lastInteraction.where',
    label: 'Where or when you last spoke ("at SIR 2027", or "on March 3")',
    placeholder: '[where you met]',
    value: (c) =>
      c.event ? `at ${c.event.name}` : c.lastInteraction ? `on ${longMonthDayLabel(new Date(c.lastInteraction.occurredAt), LETTER_LOCALE)}` : null,
  },
  {
    key: 'lastInteraction.date',
    label: 'Date you last spoke',
    placeholder: '[date you spoke]',
    value: (c) => (c.lastInteraction ? longMonthDayLabel(new Date(c.lastInteraction.occurredAt), LETTER_LOCALE) : null),
  },
  {
    key: 'lastInteraction.learned',
    label: 'What you learned last time',
    placeholder: '[something you learned]',
    value: (c) => c.lastInteraction?.learned,
  },
  {
    key: 'lastInteraction.nextStep',
    label: 'Next step you noted last time',
    placeholder: '[the next step you agreed]',
    value: (c) => c.lastInteraction?.nextStep,
  },
  { key: 'profile.name', label: 'Your name', placeholder: '[your name]', value: (c) => c.profile?.name },
  { key: 'profile.school', label: 'Your medical school', placeholder: '[your school]', value: (c) => c.profile?.school },
  {
    key: 'profile.graduationYear',
    label: 'Your graduation year',
    placeholder: '[graduation year]',
    value: (c) => (c.profile?.graduationYear == null ? null : String(c.profile.graduationYear)),
  },
  {
    key: 'profile.interests',
    label: 'Your IR interests',
    placeholder: '[your IR interests]',
    value: (c) => joinWords(c.profile?.interests ?? []),
  },
] as const satisfies readonly MergeFieldSpec[];

export type MergeField = (typeof MERGE_FIELDS)[number]['key'];

const FIELD_BY_KEY: ReadonlyMap<string, (typeof MERGE_FIELDS)[number]> = new Map(MERGE_FIELDS.map((f) => [f.key, f]));

/** `{{ key }}` with any content but braces inside. */
const FIELD_PATTERN = /\{\{([^{}]*)\}\}/g;
/** A hand-written or missing-field placeholder left in a draft: `[…]` on one line. */
const PLACEHOLDER_PATTERN = /\[[^\][\n]+\]/g;

export interface RenderedMessage {
  subject: string;
  body: string;
  /** Fields with no value in the context, each once, in order of first use. */
  missing: MergeField[];
  /** Field names the renderer does not know (typos in an edited template), each once. */
  unknown: string[];
  /** Every bracketed placeholder left in subject and body, each once: missing fields and hand-written slots like "[your next step]". */
  placeholders: string[];
}

/**
 * Fills a template's subject and body from the context. Never leaves `{{` in
 * the output: known fields become their value or a bracketed placeholder,
 * unknown ones "[unknown field: name]", and stray braces are reduced to one.
 */
export function renderTemplate(template: Pick<MessageTemplate, 'subject' | 'body'>, context: TemplateContext): RenderedMessage {
  const missing: MergeField[] = [];
  const unknown: string[] = [];
  const fill = (text: string) =>
    text
      .replace(FIELD_PATTERN, (_whole, inner: string) => {
        const key = inner.trim();
        const field = FIELD_BY_KEY.get(key);
        if (!field) {
          if (!unknown.includes(key)) unknown.push(key);
          return `[unknown field: ${key.replace(/[[\]]/g, '')}]`;
        }
        const value = field.value(context)?.trim();
        if (value) return value;
        if (!missing.includes(field.key)) missing.push(field.key);
        return field.placeholder;
      })
      .replace(/\{\{+/g, '{')
      .replace(/\}\}+/g, '}');
  const subject = fill(template.subject).replace(/\s+/g, ' ').trim();
  const body = fill(template.body);
  const placeholders = [...new Set([...`${subject}\n${body}`.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0]))];
  return { subject, body, missing, unknown, placeholders };
}

/** The merge fields a template text uses, split into known and unknown names (for the template editor). */
export function mergeFieldsIn(text: string): { known: MergeField[]; unknown: string[] } {
  const known: MergeField[] = [];
  const unknown: string[] = [];
  for (const match of text.matchAll(FIELD_PATTERN)) {
    const key = match[1].trim();
    const field = FIELD_BY_KEY.get(key);
    if (field) {
      if (!known.includes(field.key)) known.push(field.key);
    } else if (!unknown.includes(key)) unknown.push(key);
  }
  return { known, unknown };
}

// ---------------------------------------------------------------- words

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  const list = words.map((w) => w.trim()).filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

const TOPIC_PREFIX = /^(?:(?:we\s+)?(?:talked|spoke|chatted)\s+(?:about|on)|discussed|discussion\s+(?:of|about)|re:|topic:)\s+/i;
/** Words that start a sentence, not a topic: "Reviewed my abstract", "She suggested…", "Asked about…". */
const NOT_A_TOPIC_START = /^(?:i|we|she|he|they|you|it|asked|reviewed|went|gave|got|met|said|suggested|offered|agreed|told|sent|showed|helped|looked|read|introduced|will|would|can|could|should)\b|^\w+ed\b/i;

/**
 * A summary as a topic to drop into "we spoke about …", or '' when it does not
 * read as one (then the draft asks the user to fill the topic in):
 * "Talked about GAE outcomes." → "GAE outcomes"; "Reviewed my PAE abstract;
 * she suggested adding cost data" → ''. A capitalised first word that is not
 * an acronym ("Career advice") is lowered to fit mid-sentence.
 */
export function topicOf(summary: string): string {
  const trimmed = summary.trim();
  const stripped = trimmed.replace(TOPIC_PREFIX, '');
  const topic = stripped.replace(/[.!;\s]+$/, '');
  if (topic === '' || /[;:!?]|\.\s/.test(topic) || topic.split(/\s+/).length > 12) return '';
  if (stripped === trimmed && NOT_A_TOPIC_START.test(topic)) return '';
  return /^[A-Z][a-z]+\b/.test(topic) && !/^[A-Z][a-z]+-?\d/.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic;
}

