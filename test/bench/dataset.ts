/**
 * A deterministic large dataset for benchmarks: a power user's network.
 * Records go through the entity schemas, so they are exactly what the app stores.
 */
import { contactSchema, interactionSchema, programSchema, reminderSchema, type Contact, type Interaction, type Program, type Reminder } from '../../src/domain/entities';
import { APPLICATION_STATUSES, CONTACT_ROLES, INTERACTION_KINDS, PROGRAM_CRITERIA, REGIONS, RELATIONSHIP_STAGES, TRACKS } from '../../src/domain/vocabulary';
import { addLocalDays, toLocalDate } from '../../src/lib/dates';

export interface BenchSizes {
  contacts: number;
  interactions: number;
  reminders: number;
  programs: number;
}

export interface BenchDataset {
  contacts: Contact[];
  interactions: Interaction[];
  reminders: Reminder[];
  programs: Program[];
}

function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jules', 'Kai', 'Logan', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sage', 'Tatum'];
const LAST = ['Ashdown', 'Birchfield', 'Coldwell', 'Dunmore', 'Elsworth', 'Fairbanks', 'Greystone', 'Hawthorne', 'Ivorydale', 'Juniperly', 'Kingsbury', 'Larchmont', 'Merriweather', 'Northcott', 'Oakhurst', 'Pendleton', 'Quarrington', 'Ravenscroft', 'Stonebridge', 'Thistlewood'];
const NOTES = [
  'Walked me through a Y-90 radioembolization case and the mapping angiogram.',
  'Talked about PAD research and how the division runs its QI projects.',
  'Advice on away rotations: ask early, bring a case log.',
  'She suggested reading the latest genicular artery embolization trial.',
  'Discussed call schedule, the ESIR pathway and mentorship for applicants.',
];
const TAGS = ['interventional oncology', 'PAD', 'venous', 'embolization', 'research', 'SIR', 'RSNA', 'away rotation', 'letter writer', 'QI'];

/** Builds the dataset relative to `now`; the same sizes and clock give the same records. */
export function buildBenchDataset(now: Date, sizes: BenchSizes): BenchDataset {
  const rand = random(42);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const stamp = now.toISOString();
  const id = (prefix: string, n: number) => `${prefix}-${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
  const today = toLocalDate(now);

  const programs = Array.from({ length: sizes.programs }, (_, i) =>
    programSchema.parse({
      id: id('a0000000', i),
      createdAt: stamp,
      updatedAt: stamp,
      name: `${pick(LAST)} ${pick(['University', 'Medical Center', 'Health'])} ${pick(['IR', 'Radiology', 'ESIR'])} ${i}`,
      institution: `${pick(LAST)} Health ${i}`,
      city: pick(LAST),
      state: pick(['MA', 'NY', 'PA', 'OH', 'IL', 'CA', 'TX', 'FL', 'NC', 'CO']),
      region: pick(REGIONS),
      track: pick(TRACKS),
      status: pick(APPLICATION_STATUSES),
      interest: 1 + Math.floor(rand() * 5),
      ratings: Object.fromEntries(PROGRAM_CRITERIA.map((c) => [c, Math.floor(rand() * 6)])),
      figures: { medianStep2ck: rand() < 0.3 ? 240 + Math.floor(rand() * 20) : null, positions: 1 + Math.floor(rand() * 4) },
      openHousesAttended: rand() < 0.2 ? 1 : 0,
      awayRotationDone: rand() < 0.05,
    }),
  );

  const contacts = Array.from({ length: sizes.contacts }, (_, i) =>
    contactSchema.parse({
      id: id('b0000000', i),
      createdAt: stamp,
      updatedAt: stamp,
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      role: pick(CONTACT_ROLES),
      stage: pick(RELATIONSHIP_STAGES),
      title: 'Faculty',
      institution: programs[i % programs.length].institution,
      programIds: [programs[i % programs.length].id],
      email: `person${i}@example.org`,
      tags: [pick(TAGS), pick(TAGS)].filter((t, k, all) => all.indexOf(t) === k),
      notes: i % 7 === 0 ? 'Met at the regional chapter meeting; interested in embolization research.' : '',
      cadenceDays: rand() < 0.1 ? 42 : null,
    }),
  );

  const latest = new Map<string, string>();
  const interactions = Array.from({ length: sizes.interactions }, (_, i) => {
    const contact = contacts[Math.floor(rand() * contacts.length)];
    const at = new Date(now.getTime() - Math.floor(rand() * 365 * 86_400_000)).toISOString();
    if ((latest.get(contact.id) ?? '') < at) latest.set(contact.id, at);
    return interactionSchema.parse({
      id: id('c0000000', i),
      createdAt: stamp,
      updatedAt: stamp,
      occurredAt: at,
      kind: pick(INTERACTION_KINDS),
      contactIds: [contact.id],
      programId: contact.programIds[0] ?? null,
      summary: `Talked about case ${i}`,
      // Every fifth meeting has notes, every tenth a next step: text for the search index to hold.
      notes: i % 5 === 0 ? NOTES[(i / 5) % NOTES.length] : '',
      nextStep: i % 10 === 0 ? `Send the abstract draft ${i} by Friday` : '',
    });
  });
  for (const contact of contacts) contact.lastTouchAt = latest.get(contact.id) ?? null;

  const reminders = Array.from({ length: sizes.reminders }, (_, i) => {
    const due = addLocalDays(today, Math.floor(rand() * 120) - 60);
    return reminderSchema.parse({
      id: id('d0000000', i),
      createdAt: stamp,
      updatedAt: stamp,
      dueDate: due,
      latestDate: addLocalDays(due, 4),
      title: `Follow up ${i}`,
      kind: pick(['thank-you', 'follow-up', 'keep-in-touch'] as const),
      contactId: contacts[Math.floor(rand() * contacts.length)].id,
      status: rand() < 0.6 ? 'open' : 'done',
    });
  });

  return { contacts, interactions, reminders, programs };
}
