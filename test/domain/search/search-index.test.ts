/** Queries → expected hits over a fixed dataset: every kind, diacritics, prefixes, typos and the ways people write Y-90. */
import { describe, expect, it } from 'vitest';
import { contactSchema, eventSchema, interactionSchema, programSchema, reminderSchema } from '../../../src/domain/entities';
import {
  contactDocument,
  eventDocument,
  interactionDocument,
  programDocument,
  reminderDocument,
  templateDocument,
} from '../../../src/domain/search/documents';
import { SearchIndex, type SearchAnswer } from '../../../src/domain/search/search-index';
import type { MessageTemplate } from '../../../src/domain/playbook/templates';
import { contactFields, eventFields, interactionFields, programFields, reminderFields } from '../../factories';

const meta = (id: string) => ({ id, createdAt: '2026-03-01T12:00:00.000Z', updatedAt: '2026-03-01T12:00:00.000Z' });

const contacts = [
  contactSchema.parse({ ...meta('munoz'), ...contactFields({ name: 'Dr. Elena Muñoz', institution: 'Hospital Israelita', title: 'IR attending', tags: ['mentor'], interests: ['embolization'] }) }),
  contactSchema.parse({ ...meta('obrien'), ...contactFields({ name: "Sean O'Brien", institution: 'Aldercrest University', notes: 'Knows the radiology chair well.' }) }),
  contactSchema.parse({ ...meta('chen'), ...contactFields({ name: 'Li Chen', institution: 'Bramblewood', tags: ['PAD'] }) }),
];
const programs = [
  programSchema.parse({ ...meta('sao'), ...programFields({ name: 'Hospital das Clínicas IR', city: 'São Paulo', state: 'SP', notes: 'Huge Y-90 volume.' }) }),
  programSchema.parse({ ...meta('alder'), ...programFields({ name: 'Aldercrest IR Residency', city: 'Boston', state: 'MA' }) }),
];
const interactions = [
  interactionSchema.parse({
    ...meta('coffee'),
    ...interactionFields(['munoz'], {
      occurredAt: '2026-03-10T15:00:00.000Z',
      summary: 'Coffee after grand rounds',
      notes: 'She walked me through a prostate artery embolization case.',
      nextStep: 'Send her my abstract on radioembolization dosimetry',
      commitments: [{ id: 'c1', direction: 'offered', text: 'Introduce me to the fellowship director', dueDate: null, done: false }],
    }),
  }),
  interactionSchema.parse({
    ...meta('call'),
    ...interactionFields(['chen'], { occurredAt: '2026-03-12T15:00:00.000Z', summary: 'Call about research', learned: 'The Y 90 workflow starts with a mapping angiogram.' }),
  }),
];
const events = [eventSchema.parse({ ...meta('sir'), ...eventFields({ name: 'SIR Annual Scientific Meeting', place: 'Toronto', notes: 'Visit the tumor board session.' }) })];
const templates: MessageTemplate[] = [
  { id: 'thanks-note', name: 'Thank-you note', purpose: 'The day after you met', subject: 'Thank you', body: 'It was kind of you to show me the angio suite.' },
];
const reminders = [reminderSchema.parse({ ...meta('thanks'), ...reminderFields({ title: 'Thank Dr. Muñoz', reason: 'Mention the varicocele paper she suggested.' }) })];

function buildIndex() {
  const index = new SearchIndex();
  index.putAll([
    ...contacts.map(contactDocument),
    ...programs.map(programDocument),
    ...interactions.map(interactionDocument),
    ...events.map(eventDocument),
    ...reminders.map(reminderDocument),
    ...templates.map(templateDocument),
  ]);
  return index;
}

const ids = (answer: SearchAnswer) => answer.groups.flatMap((g) => g.hits.map((h) => h.id));

describe('SearchIndex: queries → hits', () => {
  const index = buildIndex();
  it.each([
    // Diacritics and case folded, both ways.
    ['munoz', ['contact:munoz', 'reminder:thanks']],
    ['MUÑOZ', ['contact:munoz', 'reminder:thanks']],
    ['são', ['program:sao']],
    ['Sao Paulo', ['program:sao']],
    ['clinicas', ['program:sao']],
    // Prefixes, and tags/interests.
    ['embol', ['contact:munoz', 'interaction:coffee']],
    ['aldercr', ['contact:obrien', 'program:alder']],
    // Typos.
    ['embolizaton', ['contact:munoz', 'interaction:coffee']],
    ['radiolgy', ['contact:obrien']],
    // Punctuation: Y-90 however it is written, in notes and in what I learned.
    ['Y-90', ['program:sao', 'interaction:call']],
    ['y90', ['program:sao', 'interaction:call']],
    ['Y 90', ['program:sao', 'interaction:call']],
    ['obrien', ['contact:obrien']],
    // Every word must match.
    ['chen pad', ['contact:chen']],
    ['chen embolization', []],
    // An interaction's next step, a commitment.
    ['dosimetry', ['interaction:coffee']],
    ['fellowship director', ['interaction:coffee']],
    // An event's notes, a reminder's reason, a template.
    ['tumor board', ['event:sir']],
    ['toronto', ['event:sir']],
    ['varicocele', ['reminder:thanks']],
    ['thank-you note', ['template:thanks-note']],
    ['angio suite', ['template:thanks-note']],
    // Commands.
    ['export', ['command:export']],
    ['backup', ['command:export']],
    ['follow-up rules', ['command:rules']],
    ['log meet', ['command:log-meeting']],
    ['zzzz', []],
    ['', []],
    ['  -- ', []],
  ])('%j', (query, expected) => {
    expect(ids(index.search(query, 10)).sort()).toEqual([...expected].sort());
  });

  it('groups by kind in a fixed order, contacts first, and counts what it cut', () => {
    const answer = index.search('embolization', 1);
    expect(answer.groups.map((g) => [g.kind, g.hits.length, g.total])).toEqual([
      ['contact', 1, 1],
      ['interaction', 1, 1],
    ]);
    expect(index.search('the', 1).groups.every((g) => g.hits.length <= 1)).toBe(true);
  });

  it('marks the matching words in the title and in an excerpt of the text that matched, with where it was found', () => {
    const [hit] = index.search('dosimetry', 5).groups[0].hits;
    expect(hit.title).toEqual({ text: 'Coffee after grand rounds', ranges: [] });
    expect(hit.excerpt?.label).toBe('Next step');
    const { text, ranges } = hit.excerpt!;
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['dosimetry']);
    // The detail line: the day, the kind and who was met.
    expect(hit.detail).toBe('10 Mar 2026 · Meeting · Dr. Elena Muñoz');

    const [munoz] = index.search('munoz', 5).groups[0].hits;
    expect(munoz.title.ranges.map((r) => munoz.title.text.slice(r.start, r.end))).toEqual(['Muñoz']);
    const [y90] = index.search('y90', 5).groups.find((g) => g.kind === 'program')!.hits;
    expect(y90.excerpt!.ranges.map((r) => y90.excerpt!.text.slice(r.start, r.end))).toEqual(['Y-90']);
    const [typo] = index.search('embolizaton', 5).groups.find((g) => g.kind === 'interaction')!.hits;
    expect(typo.excerpt!.ranges.map((r) => typo.excerpt!.text.slice(r.start, r.end))).toEqual(['embolization']);
  });

  it('leads each hit where it belongs', () => {
    const leads = (query: string) => index.search(query, 5).groups.flatMap((g) => g.hits.map((h) => h.action));
    expect(leads('dosimetry')).toEqual([{ type: 'go', to: '/contacts/munoz' }]);
    expect(leads('tumor')).toEqual([{ type: 'go', to: '/events/sir' }]);
    expect(leads('export')).toEqual([{ type: 'go', to: '/settings#backup' }]);
    expect(leads('log meeting').at(-1)).toEqual({ type: 'log-meeting' });
  });

  it('forgets a removed document and replaces an edited one', () => {
    const own = buildIndex();
    own.remove('event:sir');
    expect(ids(own.search('tumor', 5))).toEqual([]);
    own.put(contactDocument({ ...contacts[2], notes: 'Does Y-90 on Tuesdays.' }));
    expect(ids(own.search('y90', 5))).toContain('contact:chen');
    own.put(contactDocument(contacts[2]));
    expect(ids(own.search('y90', 5))).not.toContain('contact:chen');
  });
});
