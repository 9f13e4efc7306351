import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS, type InteractionKind, type ReminderKind } from '../../../src/domain/vocabulary';
import { checkNrmpWording } from '../../../src/domain/playbook/nrmp-check';
import { checkPatientData } from '../../../src/domain/playbook/patient-data-check';
import { draftForReminder } from '../../../src/domain/playbook/draft-sources';
import { MERGE_FIELDS, mergeFieldsIn, renderTemplate, type TemplateContext } from '../../../src/domain/playbook/merge-fields';
import { greetingFor, splitPersonName } from '../../../src/domain/playbook/person-names';
import {
  MESSAGE_TEMPLATES,
  TEMPLATE_IDS,
  messageTemplateSchema,
  templateById,
  templateForReminderKind,
  type TemplateId,
} from '../../../src/domain/playbook/templates';
import { contact, event, interaction, profile, program, reminder } from './records';

const nunez = contact({
  id: 'c-nunez',
  name: 'Dr. Ana Nuñez, MD, FSIR',
  role: 'program-director',
  title: 'Program Director, Integrated IR',
  institution: 'Fictional University Hospital',
  interests: ['genicular artery embolization', 'PAD'],
});
const me = profile({ name: 'Zoë Park', school: 'Fictional School of Medicine', graduationYear: 2025, interests: ['interventional oncology', 'venous disease'] });
const sir = event({ id: 'e-sir', name: 'SIR Annual Scientific Meeting', place: 'Fictional City', startDate: '2027-03-20', endDate: '2027-03-25' });
const fictionalIr = program({ id: 'p-fict', name: 'Fictional University Integrated IR', institution: 'Fictional University Hospital' });
const talk = interaction(['c-nunez'], {
  occurredAt: '2026-03-10T12:00:00.000Z',
  kind: 'conference-conversation',
  summary: 'Talked about GAE outcomes in knee osteoarthritis.',
  learned: 'Patient selection matters more than particle size',
  nextStep: 'Read the two GAE papers she mentioned',
  eventId: 'e-sir',
});

const FULL: TemplateContext = { contact: nunez, program: fictionalIr, event: sir, lastInteraction: talk, profile: me };

/** Hand-written slots the user is meant to fill in the progress update. */
const HAND_WRITTEN = /\[(?:What you have done since|your next step|one specific question)[^\]]*\]/g;

describe('the built-in templates', () => {
  it('are the five of the playbook, in order, each with a name, purpose, subject and body', () => {
    expect(MESSAGE_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const t of MESSAGE_TEMPLATES) {
      expect(messageTemplateSchema.parse(t)).toEqual(t);
      expect(t.name.length).toBeGreaterThan(5);
      expect(t.purpose.length).toBeGreaterThan(20);
      expect(t.subject.length).toBeGreaterThan(10);
    }
  });

  it.each(TEMPLATE_IDS)('%s renders completely from a full context', (id) => {
    const rendered = renderTemplate(templateById(id), FULL);
    expect(rendered.missing).toEqual([]);
    expect(rendered.unknown).toEqual([]);
    const text = `${rendered.subject}\n${rendered.body}`;
    expect(text).not.toMatch(/\{|\}/);
    expect(text.replace(HAND_WRITTEN, '')).not.toMatch(/\[|\]/);
    expect(rendered.body).toMatch(/^Dear Dr\. Nuñez,\n\n/);
    expect(rendered.body.trimEnd()).toMatch(/\nZoë Park$/);
  });

  it.each(TEMPLATE_IDS)('%s is brief, free of ranking talk and of patient identifiers', (id) => {
    const rendered = renderTemplate(templateById(id), FULL);
    const text = `${rendered.subject}\n${rendered.body}`;
    expect(text.split(/\s+/).length).toBeLessThan(160);
    expect(checkNrmpWording(text)).toEqual([]);
    expect(checkPatientData(text)).toEqual([]);
    expect(text).not.toMatch(/\brank/i);
  });

  it.each<[TemplateId, string[]]>([
    ['first-contact', ['Fictional School of Medicine', 'interventional oncology and venous disease', 'Fictional University Hospital', '15 to 20 minutes']],
    ['pre-conference-chat', ['SIR Annual Scientific Meeting (March 20–25)', 'genicular artery embolization and PAD', '5 to 10 minutes']],
    ['post-conference-thank-you', ['at SIR Annual Scientific Meeting', 'spoke with you about GAE outcomes in knee osteoarthritis, and']],
    ['post-interview-thank-you', ['on March 10', 'about GAE outcomes in knee osteoarthritis;', 'IR training at Fictional University Integrated IR']],
    ['mentor-progress-update', ['on March 10 about GAE outcomes in knee osteoarthritis, your advice', 'working on the points you raised']],
  ])('%s names the specific things from the context', (id, phrases) => {
    const { subject, body } = renderTemplate(templateById(id), FULL);
    for (const phrase of phrases) expect(`${subject}\n${body}`).toContain(phrase);
  });

  it('the post-conference thank-you shows every gap when nothing is known', () => {
    const rendered = renderTemplate(templateById('post-conference-thank-you'), {});
    expect(rendered.subject).toBe('Thank you for our conversation [where you met]');
    expect(rendered.body).toContain('who spoke with you about [topic you discussed], and');
    expect(rendered.missing).toEqual(['lastInteraction.where', 'contact.greeting', 'profile.school', 'lastInteraction.topic', 'profile.name']);
    expect(rendered.placeholders).toEqual(['[where you met]', '[name]', '[your school]', '[topic you discussed]', '[your name]']);
  });

  it('the progress update reads complete from a full context: no slot left for the user', () => {
    const rendered = renderTemplate(templateById('mentor-progress-update'), FULL);
    expect(rendered.missing).toEqual([]);
    expect(rendered.placeholders).toEqual([]);
  });

  it('the thank-you without an event says when you spoke instead', () => {
    const rendered = renderTemplate(templateById('post-conference-thank-you'), { ...FULL, event: null });
    expect(rendered.subject).toBe('Thank you for our conversation on March 10');
    expect(rendered.body).toContain('talk with me on March 10. I am');
    expect(rendered.placeholders).toEqual([]);
  });

  it.each([
    'Reviewed my PAE abstract; she suggested adding cost data',
    'She offered to introduce me to the PD',
    'Asked about away rotations. Very kind.',
    'Went through my personal statement draft',
  ])('never splices the summary %j into a sentence: the topic is left to fill in', (summary) => {
    const rendered = renderTemplate(templateById('mentor-progress-update'), { ...FULL, lastInteraction: { ...talk, summary } });
    expect(rendered.body).toContain('about [topic you discussed], your advice');
    expect(rendered.body).not.toContain(summary);
    expect(rendered.missing).toEqual(['lastInteraction.topic']);
  });
});

describe('renderTemplate', () => {
  it('fills every merge field from its part of the context', () => {
    const body = MERGE_FIELDS.map((f) => `${f.key}={{${f.key}}}`).join('\n');
    const rendered = renderTemplate({ subject: '', body }, FULL);
    expect(rendered.missing).toEqual([]);
    expect(rendered.body.split('\n')).toEqual([
      'contact.greeting=Dr. Nuñez',
      'contact.name=Dr. Ana Nuñez, MD, FSIR',
      'contact.firstName=Ana',
      'contact.lastName=Nuñez',
      'contact.title=Program Director, Integrated IR',
      'contact.institution=Fictional University Hospital',
      'contact.interests=genicular artery embolization and PAD',
      'program.name=Fictional University Integrated IR',
      'program.institution=Fictional University Hospital',
      'event.name=SIR Annual Scientific Meeting',
      'event.place=Fictional City',
      'event.dates=March 20–25',
      'lastInteraction.topic=GAE outcomes in knee osteoarthritis',
      'lastInteraction.summary=Talked about GAE outcomes in knee osteoarthritis.',
      'lastInteraction.where=at SIR Annual Scientific Meeting',
      'lastInteraction.date=March 10',
      'lastInteraction.learned=Patient selection matters more than particle size',
      'lastInteraction.nextStep=Read the two GAE papers she mentioned',
      'profile.name=Zoë Park',
      'profile.school=Fictional School of Medicine',
      'profile.graduationYear=2025',
      'profile.interests=interventional oncology and venous disease',
    ]);
  });

  it('treats an empty value as missing', () => {
    const rendered = renderTemplate({ subject: '{{profile.name}}', body: 'Hi {{contact.title}}' }, { ...FULL, profile: { ...me, name: '  ' }, contact: { ...nunez, title: '' } });
    expect(rendered).toMatchObject({ subject: '[your name]', body: 'Hi [their title]', missing: ['profile.name', 'contact.title'] });
  });

  it('allows spaces inside the braces and lists each missing field once', () => {
    const rendered = renderTemplate({ subject: '{{ event.name }}', body: '{{event.name}} and {{  event.name}}' }, {});
    expect(rendered.subject).toBe('[event name]');
    expect(rendered.body).toBe('[event name] and [event name]');
    expect(rendered.missing).toEqual(['event.name']);
  });

  it('shows unknown fields and lists them', () => {
    const rendered = renderTemplate({ subject: '', body: 'Hi {{contact.nickname}}, {{ }} {{contact.nickname}}' }, FULL);
    expect(rendered.body).toBe('Hi [unknown field: contact.nickname], [unknown field: ] [unknown field: contact.nickname]');
    expect(rendered.unknown).toEqual(['contact.nickname', '']);
  });

  it('reduces stray braces so no {{ survives, in the template or in a value', () => {
    const rendered = renderTemplate(
      { subject: 'Hi {{contact.firstName', body: '{{{profile.name}}} {{{{ }}}} }}' },
      { ...FULL, profile: { ...me, name: '{{evil}}' } },
    );
    expect(rendered.subject).toBe('Hi {contact.firstName');
    expect(`${rendered.subject}${rendered.body}`).not.toContain('{{');
  });

  it('keeps the subject on one line even when a value holds line breaks', () => {
    const rendered = renderTemplate({ subject: 'About {{lastInteraction.summary}}', body: '' }, { lastInteraction: { ...talk, summary: 'GAE\nand PAE' } });
    expect(rendered.subject).toBe('About GAE and PAE');
  });

  it.each([
    ['2027-03-20', '2027-03-20', 'March 20'],
    ['2027-03-20', '2027-03-25', 'March 20–25'],
    ['2027-03-30', '2027-04-02', 'March 30 – April 2'],
  ])('writes event dates %s to %s as %j', (startDate, endDate, label) => {
    expect(renderTemplate({ subject: '', body: '{{event.dates}}' }, { event: { ...sir, startDate, endDate } }).body).toBe(label);
  });

  it.each([
    ['Talked about GAE outcomes.', 'GAE outcomes'],
    ['discussed the ESIR pathway', 'the ESIR pathway'],
    ['We spoke about call schedules!', 'call schedules'],
    ['Y90 dosimetry', 'Y90 dosimetry'],
    ['Y-90 radioembolization outcomes', 'Y-90 radioembolization outcomes'],
    ['Career advice for the integrated IR years', 'career advice for the integrated IR years'],
    ['PAD limb salvage', 'PAD limb salvage'],
    ['Reviewed my PAE abstract; she suggested adding cost data', '[topic you discussed]'],
    ['I asked about research years', '[topic you discussed]'],
  ])('turns the summary %j into the topic %j', (summary, topic) => {
    expect(renderTemplate({ subject: '', body: '{{lastInteraction.topic}}' }, { lastInteraction: { ...talk, summary } }).body).toBe(topic);
  });

  it('never leaves {{ in its output and lists only known fields as missing', () => {
    const keys = MERGE_FIELDS.map((f) => f.key);
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(...keys).map((k) => `{{${k}}}`),
      fc.constantFrom('{', '}', '{{', '}}', '{{{', '[', ']'),
    );
    const template = fc.record({ subject: fc.array(piece).map((p) => p.join('')), body: fc.array(piece).map((p) => p.join('')) });
    const context = fc.record(
      { contact: fc.constant(nunez), program: fc.constant(fictionalIr), event: fc.constant(sir), lastInteraction: fc.constant(talk), profile: fc.constant(me) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(template, context, (t, ctx) => {
        const rendered = renderTemplate(t, ctx);
        expect(rendered.subject).not.toContain('{{');
        expect(rendered.body).not.toContain('{{');
        for (const key of rendered.missing) expect(keys).toContain(key);
        expect(new Set(rendered.missing).size).toBe(rendered.missing.length);
      }),
    );
  });

  it('never reports a field as missing when the full context is given', () => {
    fc.assert(
      fc.property(fc.subarray(MERGE_FIELDS.map((f) => f.key)), (keys) => {
        expect(renderTemplate({ subject: '', body: keys.map((k) => `{{${k}}}`).join(' ') }, FULL).missing).toEqual([]);
      }),
    );
  });
});

describe('mergeFieldsIn', () => {
  it('splits used fields into known and unknown, each once', () => {
    expect(mergeFieldsIn('{{contact.greeting}} {{ profile.name }} {{contact.greeting}} {{foo.bar}}')).toEqual({
      known: ['contact.greeting', 'profile.name'],
      unknown: ['foo.bar'],
    });
  });

  it('finds only known fields in the built-in templates', () => {
    for (const t of MESSAGE_TEMPLATES) expect(mergeFieldsIn(`${t.subject}\n${t.body}`).unknown).toEqual([]);
  });
});

describe('names and greetings', () => {
  it.each([
    ['Dr. María Nuñez-Ortiz, MD, FSIR', 'María', 'Nuñez-Ortiz', true],
    ['Jan van der Berg MD', 'Jan', 'van der Berg', false],
    ['Prof. Li Wei', 'Li', 'Wei', true],
    ['Zoë', 'Zoë', 'Zoë', false],
    ['Ms. Jordan Lee', 'Jordan', 'Lee', false],
    ['  ', '', '', false],
  ])('splits %j', (name, firstName, lastName, hasDoctorTitle) => {
    expect(splitPersonName(name)).toEqual({ firstName, lastName, hasDoctorTitle });
  });

  it.each([
    ['Ana Nuñez', 'ir-attending', 'Dr. Nuñez'],
    ['Sam Okafor', 'ir-fellow', 'Dr. Okafor'],
    ['Dr. Sam Park', 'coordinator', 'Dr. Park'],
    ['Jordan Lee', 'coordinator', 'Jordan Lee'],
    ['Priya Shah', 'peer-applicant', 'Priya'],
    ['Maya', 'nurse-tech', 'Maya'],
  ] as const)('greets %j (%s) as %j', (name, role, greeting) => {
    expect(greetingFor({ name, role })).toBe(greeting);
  });
});

describe('templateForReminderKind', () => {
  it.each<[ReminderKind, InteractionKind | null, TemplateId | null]>([
    ['thank-you', 'interview-day', 'post-interview-thank-you'],
    ['thank-you', 'conference-conversation', 'post-conference-thank-you'],
    ['thank-you', 'poster-visit', 'post-conference-thank-you'],
    ['thank-you', null, 'post-conference-thank-you'],
    ['follow-up', 'meeting', 'mentor-progress-update'],
    ['keep-in-touch', null, 'mentor-progress-update'],
    ['commitment', 'meeting', 'mentor-progress-update'],
    ['pre-event-outreach', null, 'pre-conference-chat'],
    ['custom', 'meeting', null],
  ])('%s after %s → %s', (kind, interactionKind, id) => {
    expect(templateForReminderKind(kind, interactionKind)).toBe(id);
  });

  it('has an answer for every reminder kind', () => {
    for (const kind of REMINDER_KINDS) expect(() => templateForReminderKind(kind)).not.toThrow();
  });
});

describe('draftForReminder', () => {
  const interview = interaction(['c-nunez'], { id: 'i-interview', kind: 'interview-day', occurredAt: '2026-11-02T15:00:00.000Z', programId: 'p-fict', summary: 'the IO clinic' });
  const later = interaction(['c-nunez'], { id: 'i-later', kind: 'email', occurredAt: '2026-12-01T15:00:00.000Z', summary: 'sent my case report draft' });
  const sources = { contacts: [nunez], programs: [fictionalIr], events: [sir], interactions: [talk, interview, later], profile: me };

  it('uses the reminder’s interaction, its kind and its program for a thank-you', () => {
    const draft = draftForReminder(reminder({ kind: 'thank-you', contactId: 'c-nunez', interactionId: 'i-interview' }), sources);
    expect(draft.templateId).toBe('post-interview-thank-you');
    expect(draft.context).toMatchObject({ contact: nunez, lastInteraction: interview, program: fictionalIr, event: null, profile: me });
  });

  it('takes the event from a conference conversation', () => {
    const draft = draftForReminder(reminder({ kind: 'thank-you', contactId: 'c-nunez', interactionId: talk.id }), sources);
    expect(draft.templateId).toBe('post-conference-thank-you');
    expect(draft.context.event).toBe(sir);
    expect(renderTemplate(templateById('post-conference-thank-you'), draft.context).missing).toEqual([]);
  });

  it('falls back to the latest interaction with the contact', () => {
    const draft = draftForReminder(reminder({ kind: 'keep-in-touch', contactId: 'c-nunez' }), sources);
    expect(draft.templateId).toBe('mentor-progress-update');
    expect(draft.context.lastInteraction).toBe(later);
  });

  it('gives an empty context and no template for a custom reminder with no links', () => {
    const draft = draftForReminder(reminder({ kind: 'custom' }), sources);
    expect(draft).toEqual({ templateId: null, context: { contact: null, program: null, event: null, lastInteraction: null, profile: me } });
  });
});
