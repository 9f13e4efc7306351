/**
 * The built-in message templates and which one a reminder starts from. Merge
 * fields (`{{contact.greeting}}`) are filled by merge-fields.ts. Every field
 * sits where any value it can take reads as part of the sentence: free-text
 * summaries never go mid-sentence, only `lastInteraction.topic`, which is
 * empty (a "still to fill in" placeholder) unless the summary reads as a topic.
 */
import '../zod-config';
import { z } from 'zod';
import type { InteractionKind, ReminderKind } from '../vocabulary';

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
    subject: 'Thank you for our conversation {{lastInteraction.where}}',
    body: `Dear {{contact.greeting}},

Thank you for taking the time to talk with me {{lastInteraction.where}}. I am the MD graduate from {{profile.school}} who spoke with you about {{lastInteraction.topic}}, and your perspective has stayed with me since.

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

Thank you for the time you and your team gave me on {{lastInteraction.date}}. I especially valued our conversation about {{lastInteraction.topic}}; it gave me a clear picture of IR training at {{program.name}}.

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

I hope you are well. When we spoke on {{lastInteraction.date}} about {{lastInteraction.topic}}, your advice gave me a clear next step, and I wanted to let you know how I have been getting on.

Since then I have been working on the points you raised, and they have already shaped how I am preparing my application. I would be glad to tell you more, and to hear any advice on where to focus next, if you have a few minutes in the coming weeks.

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
