/**
 * The sample network offered on first run: a fictional IR applicant, about 40
 * invented people, 12 invented programs, ~60 interactions over eight months,
 * reminders, and an upcoming SIR annual meeting. Every name and institution is
 * made up. Deterministic for a given `now`, so tests can rely on it.
 */
import { addDays, formatISO, setHours, setMinutes, subDays } from 'date-fns';
import type {
  ContactFields,
  EventFields,
  InteractionFields,
  ProfileFields,
  ProgramFields,
  ReminderFields,
} from './entities';
import type { ContactRole, InteractionKind, Region, RelationshipStage, Track } from './vocabulary';
import { addLocalDays, toLocalDate } from '../lib/dates';
import { dayLabel } from '../lib/date-format';

export interface SampleDataset {
  profile: ProfileFields;
  programs: (ProgramFields & { id: string })[];
  contacts: (ContactFields & { id: string })[];
  interactions: (InteractionFields & { id: string })[];
  reminders: (ReminderFields & { id: string })[];
  events: (EventFields & { id: string })[];
}

/** Small deterministic PRNG (mulberry32) so the sample is the same every time. */
function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMS: [string, string, string, string, Region, Track, number][] = [
  ['Aldercrest University IR Residency', 'Aldercrest University Hospital', 'Aldercrest', 'MA', 'northeast', 'integrated-ir', 5],
  ['Bramblewood Integrated IR', 'Bramblewood Medical Center', 'Bramblewood', 'PA', 'mid-atlantic', 'integrated-ir', 4],
  ['Coppergate Diagnostic Radiology (ESIR)', 'Coppergate Health System', 'Coppergate', 'OH', 'midwest', 'dr-esir', 4],
  ['Duneridge Independent IR', 'Duneridge University', 'Duneridge', 'AZ', 'southwest', 'independent-ir', 3],
  ['Fernhollow Radiology with ESIR', 'Fernhollow Medical College', 'Fernhollow', 'NC', 'southeast', 'dr-esir', 5],
  ['Glenmoor Integrated IR', 'Glenmoor Academic Hospital', 'Glenmoor', 'IL', 'midwest', 'integrated-ir', 4],
  ['Hollowbrook IR Residency', 'Hollowbrook University Health', 'Hollowbrook', 'CA', 'west-coast', 'integrated-ir', 3],
  ['Ironwood Diagnostic Radiology', 'Ironwood Regional Medical Center', 'Ironwood', 'CO', 'mountain', 'dr', 2],
  ['Juniper Coast Integrated IR', 'Juniper Coast University Hospital', 'Juniper Coast', 'OR', 'west-coast', 'integrated-ir', 4],
  ['Kestrel Bay DR/ESIR', 'Kestrel Bay Medical Center', 'Kestrel Bay', 'FL', 'southeast', 'dr-esir', 3],
  ['Larkspur Valley Independent IR', 'Larkspur Valley Health', 'Larkspur', 'TX', 'southwest', 'independent-ir', 2],
  ['Mistral Point Integrated IR', 'Mistral Point University', 'Mistral Point', 'NY', 'northeast', 'integrated-ir', 5],
];

/** 40 first and 40 last names, paired one to one: 40 distinct invented people with distinct emails. */
const FIRST = [
  'Amara', 'Ben', 'Carmen', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonah',
  'Kalani', 'Leona', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Soren', 'Talia',
  'Ugo', 'Vera', 'Wendell', 'Ximena', 'Yusuf', 'Zora', 'Anders', 'Bea', 'Cyrus', 'Delphine',
  'Emeka', 'Freya', 'Gideon', 'Hana', 'Idris', 'Juno', 'Kofi', 'Liesel', 'Marisol', 'Nikhil',
];
const LAST = [
  'Abernathy', 'Bellweather', 'Castellano', 'Drummond', 'Eskildsen', 'Farrow', 'Galloway', 'Halvorsen', 'Ilunga', 'Jablonski',
  'Kettering', 'Lindqvist', 'Marchetti', 'Nakashima', 'Okonkwo', 'Pemberton', 'Quintero', 'Rasmussen', 'Szabo', 'Thorne',
  'Umberger', 'Valdivia', 'Whitlock', 'Yarrow', 'Zielinski', 'Ashgrove', 'Brannigan', 'Calloway', 'Delacroix', 'Everly',
  'Fairbanks', 'Greenhalgh', 'Hollings', 'Ingersoll', 'Juarez', 'Kowalczyk', 'Lachance', 'Moravec', 'Northcott', 'Oyelaran',
];

/** Role and stage of each sample contact, chosen to cover every role in DESIGN.md. */
const PEOPLE: [ContactRole, RelationshipStage, string][] = [
  ['program-director', 'engaged', 'Program Director, Integrated IR'],
  ['associate-pd', 'met', 'Associate Program Director'],
  ['division-chief', 'contacted', 'Chief, Division of Interventional Radiology'],
  ['ir-attending', 'advocate', 'Assistant Professor of IR'],
  ['ir-attending', 'mentor', 'Associate Professor of IR'],
  ['ir-attending', 'mentor', 'Interventional Radiologist'],
  ['ir-attending', 'engaged', 'Interventional Oncology lead'],
  ['ir-attending', 'met', 'Vascular and PAD clinic director'],
  ['ir-attending', 'identified', 'Venous disease specialist'],
  ['dr-faculty', 'met', 'Body imaging faculty'],
  ['dr-faculty', 'contacted', 'Neuroradiology faculty'],
  ['ir-fellow', 'engaged', 'IR fellow'],
  ['ir-fellow', 'met', 'IR fellow'],
  ['resident', 'engaged', 'PGY-3, integrated IR'],
  ['resident', 'met', 'PGY-4, DR with ESIR'],
  ['resident', 'contacted', 'PGY-2, integrated IR'],
  ['pa-app', 'met', 'IR physician assistant'],
  ['nurse-tech', 'met', 'IR charge nurse'],
  ['coordinator', 'contacted', 'Residency program coordinator'],
  ['coordinator', 'identified', 'Residency program coordinator'],
  ['researcher', 'engaged', 'Embolization research scientist'],
  ['peer-applicant', 'engaged', 'Fellow IR applicant'],
  ['peer-applicant', 'met', 'Fellow IR applicant'],
  ['program-director', 'met', 'Program Director, DR/ESIR'],
  ['associate-pd', 'contacted', 'Associate Program Director, IR'],
  ['division-chief', 'identified', 'Chief of Vascular and Interventional Radiology'],
  ['ir-attending', 'contacted', 'Pediatric IR attending'],
  ['ir-attending', 'met', 'IR attending, trauma embolization'],
  ['ir-attending', 'identified', 'IR attending, portal hypertension'],
  ['dr-faculty', 'identified', 'MSK radiology faculty'],
  ['ir-fellow', 'contacted', 'IR fellow'],
  ['resident', 'met', 'PGY-5, integrated IR chief resident'],
  ['resident', 'identified', 'PGY-1, DR'],
  ['pa-app', 'identified', 'Nurse practitioner, IR clinic'],
  ['nurse-tech', 'contacted', 'Interventional radiologic technologist'],
  ['researcher', 'met', 'Health services researcher'],
  ['other', 'met', 'SIR medical student section volunteer'],
  ['program-director', 'contacted', 'Program Director, Independent IR'],
  ['ir-attending', 'engaged', 'IR attending, interventional oncology'],
  ['ir-attending', 'met', 'IR attending, women’s health and fibroid embolization'],
];

const TAG_POOL = ['interventional oncology', 'PAD', 'venous', 'embolization', 'research', 'away rotation', 'SIR', 'RSNA', 'letter writer', 'interest group'];
const TOPICS = [
  'Y-90 radioembolization outcomes',
  'a PAD limb-salvage clinic',
  'prostate artery embolization research',
  'what makes an ESIR applicant stand out',
  'building a case log during an away rotation',
  'a QI project on sedation times',
  'genicular artery embolization',
  'how the program structures the integrated IR years',
  'portal hypertension and TIPS',
  'a case report on splenic trauma embolization',
];
const KINDS: InteractionKind[] = ['meeting', 'meeting', 'email', 'call', 'shadowing', 'conference-conversation', 'poster-visit', 'virtual-open-house', 'social-media', 'email'];

/** Builds the sample dataset relative to `now`, with ids from `makeId`. */
export function buildSampleData(now: Date, makeId: () => string): SampleDataset {
  const rand = random(20260314);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const today = toLocalDate(now);

  const programs = PROGRAMS.map(([name, institution, city, state, region, track, interest], i) => ({
    id: makeId(),
    name,
    institution,
    city,
    state,
    region,
    track,
    interest,
    status: (['researching', 'applying', 'applied', 'interview-invited', 'interviewed', 'researching'] as const)[i % 6],
    ratings: {
      'case-mix': 2 + (i % 4),
      'procedure-volume': 1 + ((i * 3) % 5),
      culture: 2 + ((i * 2) % 4),
      research: 1 + ((i * 5) % 5),
      location: 1 + ((i * 7) % 5),
    },
    caseMixNotes: i % 3 === 0 ? 'Strong interventional oncology and PAD volume; busy trauma service.' : '',
    cultureNotes: i % 4 === 1 ? 'Residents described a supportive, teaching-first reading room.' : '',
    researchNotes: i % 5 === 2 ? 'Active embolization trials; students welcome on retrospective projects.' : '',
    figures: { medianStep2ck: i % 3 === 0 ? 250 + (i % 4) * 2 : null, positions: 1 + (i % 3) },
    openHousesAttended: i % 4 === 0 ? 1 : 0,
    awayRotationDone: i === 0,
    notes: '',
  }));

  const contacts: SampleDataset['contacts'] = PEOPLE.map(([role, stage, title], i) => {
    const program = programs[i % programs.length];
    const first = FIRST[i % FIRST.length];
    // 7 and 40 share no factor, so i ↦ 7i + 3 (mod 40) pairs every first name with a different last name.
    const last = LAST[(i * 7 + 3) % LAST.length];
    const isMentor = stage === 'mentor' || stage === 'advocate';
    return {
      id: makeId(),
      name: `${['program-director', 'associate-pd', 'division-chief', 'ir-attending', 'dr-faculty', 'researcher'].includes(role) ? 'Dr. ' : ''}${first} ${last}`,
      role,
      stage,
      title,
      institution: program.institution,
      programIds: [program.id],
      email: `${first}.${last}@example.org`.toLowerCase(),
      tags: [pick(TAG_POOL), ...(i % 3 === 0 ? [pick(TAG_POOL)] : [])].filter((t, k, all) => all.indexOf(t) === k),
      interests: [pick(['interventional oncology', 'PAD', 'venous', 'embolization'])],
      howMet: pick(['home-institution', 'conference', 'online', 'research', 'introduction', 'interview'] as const),
      mentorSignals: {
        suggestsOpportunities: isMentor || stage === 'engaged',
        offersIntroductions: isMentor,
        givesCriticalFeedback: stage === 'mentor' || (stage === 'engaged' && i % 2 === 0),
      },
      letterStatus: stage === 'advocate' ? ('agreed' as const) : stage === 'mentor' && i === 4 ? ('asked' as const) : ('none' as const),
      cadenceDays: isMentor ? 42 : null,
      notes: i % 5 === 0 ? 'Prefers a short email before any call. Sample contact — invented.' : '',
    };
  });
  // A couple of introductions, so the "introduced by" links have something to show.
  contacts[12] = { ...contacts[12], introducedById: contacts[4].id, howMet: 'introduction' };
  contacts[20] = { ...contacts[20], introducedById: contacts[3].id, howMet: 'introduction' };

  const interactions: SampleDataset['interactions'] = [];
  const topics = new Map<number, string>();
  for (let i = 0; i < 60; i++) {
    // Mentors and engaged contacts get more touches, so the sample looks like a real network.
    const contact = i < 24 ? contacts[[3, 4, 5, 6, 0, 11, 13, 20, 21, 1][i % 10]] : contacts[Math.floor(rand() * contacts.length)];
    if (contact.stage === 'identified') continue;
    const daysAgo = Math.floor(rand() * 235) + 2;
    const at = setMinutes(setHours(subDays(now, daysAgo), 9 + Math.floor(rand() * 8)), rand() < 0.5 ? 0 : 30);
    const kind = pick(KINDS);
    const topic = pick(TOPICS);
    topics.set(interactions.length, topic);
    interactions.push({
      id: makeId(),
      occurredAt: at.toISOString(),
      kind,
      contactIds: [contact.id],
      programId: contact.programIds?.[0] ?? null,
      summary: `Talked about ${topic}`,
      notes: i % 4 === 0 ? 'They suggested reading two recent papers before our next talk.' : '',
      learned: i % 3 === 0 ? 'Applicants who follow up with a specific question are remembered.' : '',
      nextStep: i % 2 === 0 ? 'Send a short update with progress on the project' : '',
      commitments:
        i % 9 === 0
          ? [
              {
                id: makeId(),
                direction: 'promised' as const,
                text: 'Send my draft abstract',
                dueDate: addLocalDays(toLocalDate(at), 14),
                done: daysAgo > 20,
              },
            ]
          : [],
    });
  }
  const topicOf = new Map(interactions.map((interaction, i) => [interaction.id, topics.get(i) ?? 'your work']));
  interactions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  const event = {
    id: makeId(),
    name: 'SIR Annual Scientific Meeting (sample)',
    kind: 'conference' as const,
    startDate: toLocalDate(addDays(now, 40)),
    endDate: toLocalDate(addDays(now, 44)),
    place: 'Convention center (fictional)',
    targetContactIds: [contacts[0].id, contacts[2].id, contacts[6].id, contacts[24].id],
    sessions: ['Medical Student and Resident section breakfast', 'Interventional oncology plenary', 'Residency fair'],
    notes: 'Goal: short, specific conversations with four program contacts; thank-yous within a week.',
  };

  const reminders = sampleReminders({ now, today, contacts, interactions, event, topicOf, makeId });

  const profile: ProfileFields = {
    name: 'Sam Rivera (sample applicant)',
    graduationYear: Number(today.slice(0, 4)) + 1,
    school: 'Fictional State School of Medicine',
    targetTracks: ['integrated-ir', 'dr-esir'],
    preferredRegions: ['northeast', 'mid-atlantic', 'midwest'],
    interests: ['interventional oncology', 'PAD', 'embolization'],
    step2ck: 252,
    publications: 2,
    presentations: 1,
  };

  return { profile, programs, contacts, interactions, reminders, events: [event] };
}

/** Kinds of touch that earn a thank-you in the sample, and those that earn a progress follow-up (as the rules do). */
const THANKED_KINDS: readonly InteractionKind[] = ['conference-conversation', 'poster-visit', 'interview-day'];
const FOLLOWED_UP_KINDS: readonly InteractionKind[] = ['meeting', 'shadowing', 'call'];

/**
 * The sample's reminders: at least one of every kind, so every screen has
 * something to show, and never two open update reminders (follow-up or
 * keep-in-touch) for one person.
 */
function sampleReminders(input: {
  now: Date;
  today: string;
  contacts: SampleDataset['contacts'];
  interactions: SampleDataset['interactions'];
  event: SampleDataset['events'][number];
  topicOf: ReadonlyMap<string, string>;
  makeId: () => string;
}): SampleDataset['reminders'] {
  const { now, today, contacts, interactions, event, topicOf, makeId } = input;
  const reminders: SampleDataset['reminders'] = [];
  const nameOf = (id: string) => contacts.find((c) => c.id === id)?.name ?? 'a sample contact';
  const openUpdate = new Set<string>();

  interactions.slice(-12).forEach((interaction, i) => {
    const contactId = interaction.contactIds[0];
    const name = nameOf(contactId);
    const day = toLocalDate(interaction.occurredAt);
    const topic = topicOf.get(interaction.id) ?? 'your work';
    const isThanks = THANKED_KINDS.includes(interaction.kind);
    if (!isThanks && !FOLLOWED_UP_KINDS.includes(interaction.kind)) return;
    const latest = addLocalDays(day, isThanks ? 7 : 42);
    const done = latest < today && i % 3 !== 0;
    if (!isThanks && !done && openUpdate.has(contactId)) return;
    if (!isThanks && !done) openUpdate.add(contactId);
    reminders.push({
      id: makeId(),
      dueDate: addLocalDays(day, isThanks ? 3 : 28),
      latestDate: latest,
      title: isThanks ? `Thank ${name}` : `Send ${name} a progress update`,
      reason: isThanks
        ? `You talked with ${name} about ${topic}. A short thank-you that mentions it keeps the conversation going.`
        : `Some weeks have passed since you talked with ${name} about ${topic}. Tell them what you have done since.`,
      kind: isThanks ? 'thank-you' : 'follow-up',
      contactId,
      programId: interaction.programId ?? null,
      interactionId: interaction.id,
      status: done ? 'done' : 'open',
      doneAt: done ? formatISO(addDays(now, -1)) : null,
    });
  });

  for (const interaction of interactions) {
    for (const commitment of interaction.commitments ?? []) {
      if (commitment.done || !commitment.dueDate) continue;
      reminders.push({
        id: makeId(),
        dueDate: commitment.dueDate,
        latestDate: commitment.dueDate,
        title: `Deliver to ${nameOf(interaction.contactIds[0])}: ${commitment.text}`,
        reason: `You promised this on ${dayLabel(toLocalDate(interaction.occurredAt))}.`,
        kind: 'commitment',
        contactId: interaction.contactIds[0],
        programId: interaction.programId ?? null,
        interactionId: interaction.id,
        commitmentId: commitment.id,
      });
    }
  }

  // Keep-in-touch for each contact with a cadence, from their last touch, unless a follow-up already asks for the update.
  for (const contact of contacts) {
    if (contact.cadenceDays === null || contact.cadenceDays === undefined || openUpdate.has(contact.id)) continue;
    const touches = interactions.filter((i) => i.contactIds.includes(contact.id)).map((i) => toLocalDate(i.occurredAt));
    const last = touches.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
    if (last === null) continue;
    const due = addLocalDays(last, contact.cadenceDays);
    reminders.push({
      id: makeId(),
      dueDate: due,
      latestDate: addLocalDays(due, 14),
      title: `Send ${contact.name} an update`,
      reason: 'Keep in touch every 6 weeks. A few lines on what you have been working on keeps the relationship warm.',
      kind: 'keep-in-touch',
      contactId: contact.id,
    });
  }

  for (const targetId of event.targetContactIds ?? []) {
    reminders.push({
      id: makeId(),
      dueDate: addLocalDays(event.startDate, -14),
      latestDate: addLocalDays(event.startDate, -7),
      title: `Ask ${nameOf(targetId)} for a short chat at SIR`,
      reason: 'A brief note one to two weeks before the meeting makes a 5 to 10 minute conversation easy to plan.',
      kind: 'pre-event-outreach',
      contactId: targetId,
      eventId: event.id,
    });
  }

  reminders.push({
    id: makeId(),
    dueDate: addLocalDays(today, 5),
    latestDate: addLocalDays(today, 12),
    title: 'Update your CV with the Y-90 poster',
    reason: 'A reminder you made yourself: programs read the CV before the interview.',
    kind: 'custom',
  });
  return reminders;
}
