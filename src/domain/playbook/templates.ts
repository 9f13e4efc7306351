/**
 * Message templates with merge fields, and the renderer that fills them from a
 * contact, program, event, last interaction and the user's profile.
 *
 * A field is written `{{contact.firstName}}` (spaces inside the braces are
 * allowed). A field with no value renders as a visible bracketed placeholder
 * such as "[topic you discussed]" and is listed in `missing`, so a draft never
 * goes out with a silent gap; an unknown field name renders as
 * "[unknown field: …]" and is listed in `unknown`.
 */
import { format, parseISO } from 'date-fns';
import { z } from 'zod';
import type { Contact, Interaction, Profile, Program, RapportEvent, Reminder } from '../entities';
import type { ContactRole, InteractionKind, ReminderKind } from '../vocabulary';
import { fromLocalDate } from '../../lib/dates';

// ---------------------------------------------------------------- the templates

export const TEMPLATE_IDS = [
  'first-contact',
  'pre-conference-chat',
  'post-conference-thank-you',
  'post-interview-thank-you',
  'mentor-progress-update',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A message template. Built-in ones use a `TemplateId`; a user's own copy may use any id. */
export interface MessageTemplate {
  id: string;
  name: string;
  /** One line on when to send it, for the Templates screen. */
  purpose: string;
  subject: string;
  body: string;
}

/** Validates a template the user edited (or imported) before it is stored. */
export const messageTemplateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'Give the template a name').max(120, 'Keep the name under 120 characters'),
  purpose: z.string().trim().max(300, 'Keep this under 300 characters').default(''),
  subject: z.string().trim().max(300, 'Keep the subject under 300 characters').default(''),
  body: z.string().max(10000, 'Keep the message under 10,000 characters').default(''),
});

/** The five built-in templates, in the order of the networking year. */
export const MESSAGE_TEMPLATES = [
  {
    id: 'first-contact',
    name: 'First contact / shadowing request',
    purpose: 'Introduce yourself to IR faculty and ask for a short meeting or a day of shadowing.',
    subject: 'Applying to IR: a short meeting or a day of shadowing?',
    body: `Dear {{contact.greeting}},

I am {{profile.name}}, an MD graduate of {{profile.school}}, and I am applying to interventional radiology this cycle. My interests lean toward {{profile.interests}}, and I would very much like to see how the IR service at {{contact.institution}} works day to day.

Would you have 15 to 20 minutes to meet in the coming weeks, or might I shadow in the IR suite for a day? I am happy to fit around your schedule and can send my CV beforehand.

Thank you for considering it.

Best regards,
{{profile.name}}`,
  },
  {
    id: 'pre-conference-chat',
    name: 'Before a conference: 5–10 minute chat',
    purpose: 'Send one to two weeks before a meeting to ask a target contact for a quick chat between sessions.',
    subject: 'At {{event.name}}? Hoping for a quick hello',
    body: `Dear {{contact.greeting}},

I am {{profile.name}}, an MD graduate of {{profile.school}} applying to interventional radiology, and I will be at {{event.name}} ({{event.dates}}). Your work on {{contact.interests}} is a large part of what drew me to the field.

If you have 5 to 10 minutes free between sessions, I would be grateful for the chance to introduce myself and ask one or two questions about IR training. I know the meeting is busy, so please don't worry if the timing doesn't work out.

With thanks,
{{profile.name}}`,
  },
  {
    id: 'post-conference-thank-you',
    name: 'After a conference: thank-you',
    purpose: 'Send three to seven days after meeting someone at a conference or a poster.',
    subject: 'Thank you for our conversation at {{event.name}}',
    body: `Dear {{contact.greeting}},

Thank you for taking the time to talk with me at {{event.name}}. I am the MD graduate from {{profile.school}} who spoke with you about {{lastInteraction.summary}}, and your perspective has stayed with me since.

If there is a paper or resource on that topic you would recommend to someone preparing to apply to IR, I would be glad to read it.

Thank you again, and I hope our paths cross at the next meeting.

Best regards,
{{profile.name}}`,
  },
  {
    id: 'post-interview-thank-you',
    name: 'After an interview: thank-you',
    purpose: 'One concise note to the program director or key faculty, one to three days after the interview.',
    subject: 'Thank you for my interview at {{program.name}}',
    body: `Dear {{contact.greeting}},

Thank you for the time you and your team gave me on {{lastInteraction.date}}. I especially valued our conversation about {{lastInteraction.summary}}; it gave me a clear picture of IR training at {{program.name}}.

I left with a real sense of the program's culture and of how much the faculty invest in their residents. Thank you again for a thoughtful and welcoming day.

Kind regards,
{{profile.name}}`,
  },
  {
    id: 'mentor-progress-update',
    name: 'Mentor progress update',
    purpose: 'Every few weeks, tell a mentor what you did with their advice and what comes next.',
    subject: 'A quick update since we last spoke',
    body: `Dear {{contact.greeting}},

I hope you are well. When we spoke on {{lastInteraction.date}} about {{lastInteraction.summary}}, your advice gave me a clear next step, and I wanted to tell you how it has gone.

[What you have done since, in one or two sentences]

Next, I plan to [your next step]. If you have a moment, I would value your advice on [one specific question].

Thank you for your continued guidance.

Warm regards,
{{profile.name}}`,
  },
] as const satisfies readonly (MessageTemplate & { id: TemplateId })[];

/** The built-in template with this id. */
export function templateById(id: TemplateId): MessageTemplate {
  const template = MESSAGE_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new RangeError(`No template ${id}`);
  return template;
}

/**
 * The default template for a reminder of this kind: a thank-you after an
 * interview day gets the post-interview note, any other thank-you the
 * post-conference one; follow-ups, keep-in-touch and commitments get the
 * progress update; pre-event outreach gets the chat request. Custom
 * reminders have no default (null).
 *
 * @param interactionKind the kind of the interaction the reminder came from, when there is one
 */
export function templateForReminderKind(kind: ReminderKind, interactionKind?: InteractionKind | null): TemplateId | null {
  switch (kind) {
    case 'thank-you':
      return interactionKind === 'interview-day' ? 'post-interview-thank-you' : 'post-conference-thank-you';
    case 'follow-up':
    case 'keep-in-touch':
    case 'commitment':
      return 'mentor-progress-update';
    case 'pre-event-outreach':
      return 'pre-conference-chat';
    case 'custom':
      return null;
  }
}

// ---------------------------------------------------------------- merge fields

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

/** Roles greeted as "Dr. Lastname". */
const DOCTOR_ROLES: ReadonlySet<ContactRole> = new Set<ContactRole>([
  'ir-attending',
  'program-director',
  'associate-pd',
  'division-chief',
  'dr-faculty',
  'ir-fellow',
  'resident',
]);

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
    value: (c) => (c.event ? eventDatesLabel(c.event.startDate, c.event.endDate) : null),
  },
  {
    key: 'lastInteraction.summary',
    label: 'Topic you discussed last time',
    placeholder: '[topic you discussed]',
    value: (c) => topicOf(c.lastInteraction?.summary ?? ''),
  },
  {
    key: 'lastInteraction.date',
    label: 'Date you last spoke',
    placeholder: '[date you spoke]',
    value: (c) => (c.lastInteraction ? format(parseISO(c.lastInteraction.occurredAt), 'MMMM d') : null),
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

/** The records a reminder's draft can draw on (the app passes what it has loaded). */
export interface DraftSources {
  contacts: readonly Contact[];
  programs: readonly Program[];
  events: readonly RapportEvent[];
  interactions: readonly Interaction[];
  profile: Profile | null;
}

/** A reminder's draft: which built-in template to start from and what to fill it with. */
export interface ReminderDraft {
  templateId: TemplateId | null;
  context: TemplateContext;
}

/**
 * Picks the template and the merge context for a reminder. The last
 * interaction is the reminder's own interaction, else the latest one with its
 * contact; the program and event come from the reminder, else from that
 * interaction, else (program only) the contact's first program.
 */
export function draftForReminder(
  reminder: Pick<Reminder, 'kind' | 'contactId' | 'programId' | 'eventId' | 'interactionId'>,
  sources: DraftSources,
): ReminderDraft {
  const contact = sources.contacts.find((c) => c.id === reminder.contactId) ?? null;
  const own = sources.interactions.find((i) => i.id === reminder.interactionId) ?? null;
  const latestWithContact = contact
    ? sources.interactions
        .filter((i) => i.contactIds.includes(contact.id))
        .reduce<Interaction | null>((latest, i) => (latest === null || Date.parse(i.occurredAt) > Date.parse(latest.occurredAt) ? i : latest), null)
    : null;
  const lastInteraction = own ?? latestWithContact;
  const programId = reminder.programId ?? lastInteraction?.programId ?? contact?.programIds[0] ?? null;
  const eventId = reminder.eventId ?? lastInteraction?.eventId ?? null;
  return {
    templateId: templateForReminderKind(reminder.kind, lastInteraction?.kind ?? null),
    context: {
      contact,
      program: sources.programs.find((p) => p.id === programId) ?? null,
      event: sources.events.find((e) => e.id === eventId) ?? null,
      lastInteraction,
      profile: sources.profile,
    },
  };
}

// ---------------------------------------------------------------- names and words

const HONORIFICS = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss)\.?$/i;
const CREDENTIALS =
  /^(?:m\.?d\.?|d\.?o\.?|ph\.?d\.?|mbbs|mbchb|fsir|facr|frcr|frcpc|mph|ms|msc|mba|mhs|rn|np|pa|pa-c|rt|rrt|crna|jr\.?|sr\.?|ii|iii|iv)$/i;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'st.', 'bin', 'al', 'ter']);

/**
 * Splits a contact's name into first and last name, dropping honorifics
 * ("Dr.") and credentials ("MD, FSIR"); lowercase particles stay with the
 * last name ("van der Berg").
 */
export function splitPersonName(name: string): { firstName: string; lastName: string; hasDoctorTitle: boolean } {
  const beforeComma = name.split(',')[0] ?? '';
  const tokens = beforeComma.trim().split(/\s+/).filter(Boolean);
  let hasDoctorTitle = false;
  while (tokens.length > 0 && HONORIFICS.test(tokens[0])) {
    if (/^(?:dr|prof|professor)\.?$/i.test(tokens[0])) hasDoctorTitle = true;
    tokens.shift();
  }
  while (tokens.length > 1 && CREDENTIALS.test(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 0) return { firstName: '', lastName: '', hasDoctorTitle };
  if (tokens.length === 1) return { firstName: tokens[0], lastName: tokens[0], hasDoctorTitle };
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && PARTICLES.has(tokens[lastStart - 1].toLowerCase())) lastStart -= 1;
  return { firstName: tokens[0], lastName: tokens.slice(lastStart).join(' '), hasDoctorTitle };
}

/**
 * How a message greets a contact: "Dr. Lastname" for physicians (by role or a
 * "Dr." in the name), the first name for a peer applicant, the full name
 * (without titles) for everyone else.
 */
export function greetingFor(contact: Pick<Contact, 'name' | 'role'>): string {
  const { firstName, lastName, hasDoctorTitle } = splitPersonName(contact.name);
  if (!lastName) return '';
  if (hasDoctorTitle || DOCTOR_ROLES.has(contact.role)) return `Dr. ${lastName}`;
  if (contact.role === 'peer-applicant') return firstName;
  return firstName === lastName ? firstName : `${firstName} ${lastName}`;
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  const list = words.map((w) => w.trim()).filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** A summary as a topic to drop into a sentence: "Talked about GAE outcomes." → "GAE outcomes". */
function topicOf(summary: string): string {
  return summary
    .trim()
    .replace(/^(?:(?:we\s+)?(?:talked|spoke|chatted)\s+(?:about|on)|discussed|discussion\s+(?:of|about)|re:)\s+/i, '')
    .replace(/[.!;\s]+$/, '');
}

/** "March 20", "March 20–25", "March 30 – April 2". */
function eventDatesLabel(startDate: string, endDate: string): string {
  const start = fromLocalDate(startDate);
  const end = fromLocalDate(endDate);
  if (startDate === endDate) return format(start, 'MMMM d');
  if (format(start, 'yyyy-MM') === format(end, 'yyyy-MM')) return `${format(start, 'MMMM d')}–${format(end, 'd')}`;
  return `${format(start, 'MMMM d')} – ${format(end, 'MMMM d')}`;
}
