/**
 * Blueprint progress: the five stages of the IR networking plan (home base,
 * mentorship, conferences, online presence, application season), each scored
 * from the user's own records rather than from checkboxes, with the next
 * concrete step for the weakest stage.
 *
 * Each stage is made of checks ("IR faculty identified: 2 of 3"); a stage's
 * progress is the mean of its checks, each capped at its target.
 */
import type { Contact, Interaction, Profile, Program, RapportEvent, Reminder } from '../entities';
import { localDaysBetween } from '../../lib/dates';
import { greetingFor } from './person-names';
import {
  IR_FACULTY_ROLES,
  CONFERENCE_KINDS,
  MEETING_KINDS,
  FOLLOW_UP_KINDS,
  INTEREST_GROUP,
  PROJECT,
  PROJECT_IN_TEXT,
  PRESENTED,
  isMentor,
  interactionText,
  plural,
  check,
  type StageDraft,
  finish,
  heldInteractions,
} from './blueprint-parts';

export const BLUEPRINT_STAGE_IDS = ['home-base', 'mentorship', 'conferences', 'online-presence', 'application-season'] as const;
export type BlueprintStageId = (typeof BLUEPRINT_STAGE_IDS)[number];

/** One measurable part of a stage. */
export interface BlueprintCheck {
  id: string;
  label: string;
  /** How many the data shows. */
  done: number;
  /** How many make the check complete. */
  target: number;
  complete: boolean;
}

export interface BlueprintStage {
  id: BlueprintStageId;
  name: string;
  /** What the stage is about, in one line. */
  summary: string;
  /** 0–100: the mean of the checks' completion. */
  progress: number;
  checks: BlueprintCheck[];
  /** The next concrete step for this stage, from its first incomplete check; null when complete. */
  nextStep: string | null;
}

export interface BlueprintProgress {
  stages: BlueprintStage[];
  /** 0–100: the mean of the stages. */
  overall: number;
  /** The stage with the lowest progress (the earlier one on a tie); null when every stage is complete. */
  weakestStageId: BlueprintStageId | null;
  /** The weakest stage's next step; null when every stage is complete. */
  nextStep: string | null;
}

/** The profile fields the blueprint reads; older stored profiles may lack the links. */
export type BlueprintProfile = Partial<Pick<Profile, 'linkedinUrl' | 'xUrl' | 'presentations'>>;

export interface BlueprintInput {
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  events: readonly RapportEvent[];
  programs: readonly Program[];
  /** Needed to see which conference thank-yous were sent. */
  reminders: readonly Reminder[];
  profile: BlueprintProfile | null;
  /** The local calendar day, `yyyy-MM-dd`; interactions after it have not happened yet. */
  today: string;
  /** Cadence for mentors who have none of their own (Settings: keep-in-touch). */
  mentorDefaultDays?: number;
}

// ---------------------------------------------------------------- targets and patterns

/** Targets, from the networking plan: a few faculty, a few meetings, one project, 1–3 mentors… */
export const BLUEPRINT_TARGETS = {
  irFaculty: 3,
  meetings: 3,
  interestGroup: 1,
  project: 1,
  mentors: 3,
  feedback: 1,
  conferencePlanned: 1,
  conferenceAttended: 1,
  presented: 1,
  profileLinks: 1,
  onlineContacts: 3,
  onlineExchanges: 3,
  openHouses: 3,
  programsResearched: 10,
  interviews: 1,
} as const;

/** How far back online exchanges count as "engaging periodically". */
export const ONLINE_WINDOW_DAYS = 90;
/** Ratings on this many criteria make a program "researched". */
export const RESEARCHED_CRITERIA = 3;

// ---------------------------------------------------------------- the stages

/**
 * Computes the five blueprint stages from the user's records.
 *
 * @returns each stage's progress (0–100), its checks (label, done, target) and
 *   next step, plus the weakest stage and its next step. Same input, same output.
 */
export function blueprintProgress(input: BlueprintInput): BlueprintProgress {
  const { contacts, events, programs, reminders, today } = input;
  const profile = input.profile ?? {};
  const mentorDefaultDays = input.mentorDefaultDays ?? 42;
  const held = heldInteractions(input.interactions, today);
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const nameOf = (c: Contact) => greetingFor(c) || c.name;

  // -- home base
  const irFaculty = contacts.filter((c) => IR_FACULTY_ROLES.has(c.role));
  const meetings = held.filter(({ interaction }) => MEETING_KINDS.has(interaction.kind));
  const metIds = new Set(meetings.flatMap(({ interaction }) => interaction.contactIds));
  const facultyNotMet = irFaculty.find((c) => !metIds.has(c.id));
  const interestGroup =
    contacts.some((c) => c.tags.some((t) => INTEREST_GROUP.test(t))) ||
    held.some(({ interaction }) => INTEREST_GROUP.test(interactionText(interaction))) ||
    events.some((e) => INTEREST_GROUP.test(`${e.name}\n${e.notes}`));
  const project =
    contacts.some((c) => c.howMet === 'research' || c.tags.some((t) => PROJECT.test(t))) ||
    held.some(({ interaction }) => PROJECT_IN_TEXT.test(interactionText(interaction)) || interaction.commitments.some((k) => PROJECT_IN_TEXT.test(k.text)));
  const t = BLUEPRINT_TARGETS;
  const facultyMissing = t.irFaculty - irFaculty.length;

  const homeBase: StageDraft = {
    id: 'home-base',
    name: 'Home base',
    summary: 'Know the IR people around you, meet them, and get involved in a project.',
    checks: [
      {
        check: check('ir-faculty', 'IR faculty identified', irFaculty.length, t.irFaculty),
        step: `Add ${facultyMissing} more IR ${plural(facultyMissing, 'faculty member', 'faculty members')} from your home institution (attendings, the program director, the division chief).`,
      },
      {
        check: check('meetings', 'Meetings or shadowing days held', meetings.length, t.meetings),
        step: facultyNotMet
          ? `Ask ${nameOf(facultyNotMet)} for a 15–20 minute meeting or a shadowing day.`
          : 'Ask an IR attending for a 15–20 minute meeting or a shadowing day, and log it.',
      },
      {
        check: check('project', 'Research or QI project under way', project ? 1 : 0, t.project),
        step: 'Ask a faculty member about a case report, retrospective review or QI project you could help with, then log it (tag the contact "research" or "QI").',
      },
      {
        check: check('interest-group', 'IR interest group joined', interestGroup ? 1 : 0, t.interestGroup),
        step: 'Join your school’s IR interest group, or help start one, and note it on a meeting or tag a contact "interest group".',
      },
    ],
  };

  // -- mentorship
  const mentors = contacts.filter(isMentor);
  const lastTouch = new Map<string, string>();
  for (const { interaction, day } of held) for (const id of interaction.contactIds) lastTouch.set(id, day);
  const sinceTouch = (c: Contact) => {
    const day = lastTouch.get(c.id);
    return day === undefined ? Number.POSITIVE_INFINITY : localDaysBetween(day, today);
  };
  const overdueMentors = mentors
    .filter((c) => sinceTouch(c) > (c.cadenceDays ?? mentorDefaultDays))
    .sort((a, b) => sinceTouch(b) - sinceTouch(a));
  const withFeedback = contacts.filter((c) => c.mentorSignals.givesCriticalFeedback);
  const budding =
    contacts.find((c) => !isMentor(c) && Object.values(c.mentorSignals).some(Boolean)) ??
    contacts.find((c) => c.stage === 'engaged');
  const mentorsMissing = t.mentors - mentors.length;
  const mostOverdue = overdueMentors[0];
  const overdueDays = mostOverdue ? sinceTouch(mostOverdue) : 0;

  const mentorship: StageDraft = {
    id: 'mentorship',
    name: 'Mentorship',
    summary: 'Grow one to three strong mentors and keep them up to date.',
    checks: [
      {
        check: check('mentors', 'Strong mentors (aim for 1 to 3)', mentors.length, t.mentors),
        step: budding
          ? `${nameOf(budding)} is becoming a mentor: keep following through on what you promise, and mark them as a mentor once they suggest opportunities or introductions.`
          : `Build ${mentorsMissing} more mentor ${plural(mentorsMissing, 'relationship', 'relationships')}: end each meeting with a next step and follow up in 4–6 weeks with your progress.`,
      },
      {
        check: check('mentor-updates', 'Mentors updated on time', mentors.length - overdueMentors.length, Math.max(1, mentors.length)),
        step: mostOverdue
          ? Number.isFinite(overdueDays)
            ? `Send ${nameOf(mostOverdue)} a progress update: your last contact was ${Math.floor(overdueDays / 7)} weeks ago.`
            : `Send ${nameOf(mostOverdue)} a progress update: no contact is logged yet.`
          : 'Once you have a mentor, send them a short update every few weeks.',
      },
      {
        check: check('feedback', 'Contacts giving you honest feedback', withFeedback.length, t.feedback),
        step: mentors[0]
          ? `Ask ${nameOf(mentors[0])} for candid feedback on your CV and where you are competitive, and mark “gives critical feedback” on their contact.`
          : 'Ask a faculty contact for candid feedback on your CV and competitiveness, and mark “gives critical feedback” on their contact.',
      },
    ],
  };

  // -- conferences
  const conferences = events.filter((e) => CONFERENCE_KINDS.has(e.kind));
  const planned = conferences.filter((e) => e.targetContactIds.length > 0);
  const upcomingUnplanned = conferences.find((e) => e.startDate >= today && e.targetContactIds.length === 0);
  const conferenceInteractions = held.filter(({ interaction }) => {
    const ev = interaction.eventId ? eventById.get(interaction.eventId) : undefined;
    return ev ? CONFERENCE_KINDS.has(ev.kind) : interaction.kind === 'conference-conversation' || interaction.kind === 'poster-visit';
  });
  const loggedEventIds = new Set(conferenceInteractions.map(({ interaction }) => interaction.eventId));
  const attended = conferences.filter((e) => e.startDate <= today && loggedEventIds.has(e.id));
  const pastUnlogged = conferences.find((e) => e.endDate < today && !attended.includes(e));
  const presented =
    (profile.presentations ?? 0) > 0 ||
    held.some(({ interaction }) => PRESENTED.test(interactionText(interaction))) ||
    conferences.some((e) => e.startDate <= today && PRESENTED.test(e.notes)) ||
    contacts.some((c) => c.tags.some((tag) => PRESENTED.test(tag) || /^presented$/i.test(tag.trim())));

  // One conversation per person per event (or per interaction when no event is linked).
  const people = new Map<string, { contactId: string; interaction: Interaction; day: string }>();
  for (const { interaction, day } of conferenceInteractions) {
    for (const contactId of interaction.contactIds) {
      const key = `${contactId}|${interaction.eventId ?? interaction.id}`;
      if (!people.has(key)) people.set(key, { contactId, interaction, day });
    }
  }
  // Indexed once: a power user has tens of thousands of conversations, reminders and interactions.
  const thanked = new Set<string>();
  for (const r of reminders) {
    if (r.kind !== 'thank-you' || r.status !== 'done' || r.contactId === null) continue;
    if (r.interactionId !== null) thanked.add(`${r.contactId}|i|${r.interactionId}`);
    if (r.eventId !== null) thanked.add(`${r.contactId}|e|${r.eventId}`);
  }
  const lastFollowUpDay = new Map<string, string>();
  for (const { interaction, day } of held) {
    if (!FOLLOW_UP_KINDS.has(interaction.kind)) continue;
    // `held` runs oldest first, so the last day written is the latest.
    for (const id of interaction.contactIds) lastFollowUpDay.set(id, day);
  }
  const isFollowedUp = ({ contactId, interaction, day }: { contactId: string; interaction: Interaction; day: string }) =>
    thanked.has(`${contactId}|i|${interaction.id}`) ||
    (interaction.eventId !== null && thanked.has(`${contactId}|e|${interaction.eventId}`)) ||
    (lastFollowUpDay.get(contactId) ?? '') > day;
  const met = [...people.values()];
  const notFollowed = met.filter((p) => !isFollowedUp(p));
  const firstNotFollowed = notFollowed[0];
  const firstNotFollowedContact = firstNotFollowed ? contactById.get(firstNotFollowed.contactId) : undefined;
  const firstNotFollowedEvent = firstNotFollowed?.interaction.eventId ? eventById.get(firstNotFollowed.interaction.eventId) : undefined;

  const conferenceStage: StageDraft = {
    id: 'conferences',
    name: 'Conferences',
    summary: 'Plan who to meet, attend, present if you can, and follow up within a week.',
    checks: [
      {
        check: check('conference-planned', 'Conferences planned with target contacts', planned.length, t.conferencePlanned),
        step: upcomingUnplanned
          ? `Pick the people you want to meet at ${upcomingUnplanned.name} and add them as targets.`
          : 'Add an IR meeting you plan to attend (the SIR annual meeting or a regional chapter) with the people you want to meet.',
      },
      {
        check: check('conference-attended', 'IR meetings attended', attended.length, t.conferenceAttended),
        step: pastUnlogged
          ? `Log the people you met at ${pastUnlogged.name}.`
          : 'Attend at least one IR meeting, SIR or a regional chapter, and log the people you meet there.',
      },
      {
        check: check('followed-up', 'People met at meetings thanked afterwards', met.length - notFollowed.length, Math.max(1, met.length)),
        step: firstNotFollowedContact
          ? `Thank ${nameOf(firstNotFollowedContact)} for your conversation${firstNotFollowedEvent ? ` at ${firstNotFollowedEvent.name}` : ''}, naming what you discussed.`
          : 'After a meeting, send each person a short thank-you within 3–7 days.',
      },
      {
        check: check('presented', 'Research presented (poster or talk)', presented ? 1 : 0, t.presented),
        step: 'Submit an abstract from your project to SIR or a regional meeting, then log “I presented my poster” with the event.',
      },
    ],
  };

  // -- online presence
  const profileLinks = (profile.linkedinUrl ?? '') !== '' || (profile.xUrl ?? '') !== '';
  const onlineContacts = contacts.filter((c) => c.howMet === 'online' || c.linkedinUrl !== '' || c.xUrl !== '');
  const recentOnline = held.filter(
    ({ interaction, day }) => interaction.kind === 'social-media' && localDaysBetween(day, today) <= ONLINE_WINDOW_DAYS,
  );
  const onlineMissing = t.onlineContacts - onlineContacts.length;

  const online: StageDraft = {
    id: 'online-presence',
    name: 'Online presence',
    summary: 'A clean professional profile, and regular, thoughtful engagement with IR online.',
    checks: [
      {
        check: check('profile-links', 'Your LinkedIn or X profile added', profileLinks ? 1 : 0, t.profileLinks),
        step: 'Add your LinkedIn or X profile to your Rapport profile; say there that you are applying to IR and name your interests.',
      },
      {
        check: check('online-contacts', 'IR educators you follow or met online', onlineContacts.length, t.onlineContacts),
        step: `Follow ${onlineMissing} more IR ${plural(onlineMissing, 'educator or society', 'educators or societies')} and add their LinkedIn or X link to their contact.`,
      },
      {
        check: check('online-exchanges', `Online exchanges in the last ${ONLINE_WINDOW_DAYS} days`, recentOnline.length, t.onlineExchanges),
        step: 'Comment on or share an IR post with a thoughtful note, and log it as a social-media touch.',
      },
    ],
  };

  // -- application season
  const openHouseInteractions = held.filter(({ interaction }) => interaction.kind === 'virtual-open-house');
  const programIds = new Set(programs.map((p) => p.id));
  const openHousesByProgram = new Map<string, number>();
  let openHousesWithoutProgram = 0;
  for (const { interaction } of openHouseInteractions) {
    if (interaction.programId !== null && programIds.has(interaction.programId)) {
      openHousesByProgram.set(interaction.programId, (openHousesByProgram.get(interaction.programId) ?? 0) + 1);
    } else openHousesWithoutProgram += 1;
  }
  const openHouses =
    programs.reduce((sum, p) => sum + Math.max(p.openHousesAttended, openHousesByProgram.get(p.id) ?? 0), 0) + openHousesWithoutProgram;
  const active = programs.filter((p) => p.status !== 'not-applying');
  const researched = active.filter((p) => Object.values(p.ratings).filter((r) => r !== undefined).length >= RESEARCHED_CRITERIA);
  const toResearch = active.find((p) => !researched.includes(p));
  const interviewPrograms = new Set(
    programs.filter((p) => p.status === 'interview-invited' || p.status === 'interviewed' || p.status === 'ranked').map((p) => p.id),
  );
  let interviewDaysWithoutProgram = 0;
  for (const { interaction } of held) {
    if (interaction.kind !== 'interview-day') continue;
    if (interaction.programId) interviewPrograms.add(interaction.programId);
    else interviewDaysWithoutProgram += 1;
  }
  const researchMissing = t.programsResearched - researched.length;

  const season: StageDraft = {
    id: 'application-season',
    name: 'Application season',
    summary: 'Attend open houses, research programs with care, and make the most of interviews.',
    checks: [
      {
        check: check('programs-researched', `Programs researched (${RESEARCHED_CRITERIA}+ criteria rated)`, researched.length, t.programsResearched),
        step: toResearch
          ? `Rate ${toResearch.name} on case mix, culture and research (${researchMissing} more ${plural(researchMissing, 'program', 'programs')} to go).`
          : `Add and rate ${researchMissing} more ${plural(researchMissing, 'program', 'programs')} on case mix, culture and research.`,
      },
      {
        check: check('open-houses', 'Open houses attended', openHouses, t.openHouses),
        step: 'Attend a virtual open house with 2–3 questions ready, and log who spoke and what they stressed.',
      },
      {
        check: check('interviews', 'Interviews (invited or held)', interviewPrograms.size + interviewDaysWithoutProgram, t.interviews),
        step: 'When an invitation arrives, set the program to “Interview invited”; after the day, log it and send one short thank-you.',
      },
    ],
  };

  const stages = [homeBase, mentorship, conferenceStage, online, season].map(finish);
  const incomplete = stages.filter((s) => s.nextStep !== null);
  const weakest = incomplete.reduce<BlueprintStage | null>((w, s) => (w === null || s.progress < w.progress ? s : w), null);
  return {
    stages,
    overall: Math.round(stages.reduce((sum, s) => sum + s.progress, 0) / stages.length),
    weakestStageId: weakest?.id ?? null,
    nextStep: weakest?.nextStep ?? null,
  };
}
