/**
 * Spotting a contact the user already has, and folding a new entry into it.
 * A likely duplicate is the same email (ignoring case) or the same person's
 * name at the same institution ("Dr. Ana Ruiz" and "ana ruiz, MD").
 */
import { allEmails } from './contact-points';
import type { Contact } from './entities';
import { LETTER_STATUSES, RELATIONSHIP_STAGES } from './vocabulary';

export type DuplicateReason = 'email' | 'name-institution';

export interface DuplicateMatch {
  contact: Contact;
  reason: DuplicateReason;
}

/** The fields that decide whether two contacts are the same person. */
export interface DuplicateCandidate {
  name: string;
  /** The primary email. */
  email: string;
  /** Every email, when the candidate has several (the primary is compared either way). */
  emails?: readonly { value: string; label: string }[];
  institution: string;
}

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'md', 'do', 'phd', 'mbbs', 'frcr', 'facr', 'fsir', 'jr', 'sr']);

function foldText(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * A person's name reduced for comparison: accents, case, punctuation and
 * titles or degrees ("Dr.", "MD", "PhD") removed, words joined by one space.
 */
export function normaliseName(name: string): string {
  return foldText(name)
    .filter((word) => !TITLES.has(word))
    .join(' ');
}

/** An institution reduced for comparison: accents, case and punctuation removed. */
export function normaliseInstitution(institution: string): string {
  return foldText(institution).join(' ');
}

/** An email reduced for comparison: trimmed and lowercased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Why `existing` looks like the same person as `candidate`, or null when it does not. */
export function duplicateReason(candidate: DuplicateCandidate, existing: DuplicateCandidate): DuplicateReason | null {
  const theirs = new Set(allEmails(existing).map(normaliseEmail));
  if (allEmails(candidate).some((e) => normaliseEmail(e) !== '' && theirs.has(normaliseEmail(e)))) return 'email';
  const name = normaliseName(candidate.name);
  if (
    name !== '' &&
    name === normaliseName(existing.name) &&
    normaliseInstitution(candidate.institution) === normaliseInstitution(existing.institution)
  ) {
    return 'name-institution';
  }
  return null;
}

/**
 * The contacts among `contacts` that look like `candidate`, email matches first.
 * `exceptId` leaves out the contact being edited.
 */
export function findDuplicates(
  candidate: DuplicateCandidate,
  contacts: readonly Contact[],
  exceptId: string | null = null,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  for (const contact of contacts) {
    if (contact.id === exceptId) continue;
    const reason = duplicateReason(candidate, contact);
    if (reason) matches.push({ contact, reason });
  }
  return matches.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'email' ? -1 : 1));
}

/** The user-editable contact fields, as the form produces them (defaults applied). */
export type ContactEntry = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'sample' | 'lastTouchAt'>;

/** `a` followed by the items of `b` it lacks (compared ignoring case). */
function union(a: readonly string[], b: readonly string[]): string[] {
  const result = [...a];
  const seen = new Set(a.map((x) => x.toLowerCase()));
  for (const item of b) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

/** `a`'s contact points followed by those of `b` whose value `a` lacks (compared ignoring case). */
function unionPoints<P extends { value: string }>(a: readonly P[], b: readonly P[]): P[] {
  const seen = new Set(a.map((p) => p.value.toLowerCase()));
  return [...a, ...b.filter((p) => !seen.has(p.value.toLowerCase()))];
}

function later<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(b) > order.indexOf(a) ? b : a;
}

/**
 * The patch that folds a new entry into an existing contact, losing nothing:
 * non-empty new text replaces old text (notes are appended instead), lists are
 * unioned, a new choice fills an empty one, stage and letter status keep the
 * further along of the two, and a mentor signal set on either side stays set.
 */
export function mergeContactEntry(existing: Contact, entry: ContactEntry): ContactEntry {
  const text = (next: string, current: string) => (next.trim() !== '' ? next : current);
  const existingNotes = existing.notes.trim();
  const entryNotes = entry.notes.trim();
  return {
    name: text(entry.name, existing.name),
    role: entry.role,
    title: text(entry.title, existing.title),
    institution: text(entry.institution, existing.institution),
    programIds: union(existing.programIds, entry.programIds),
    email: text(entry.email, existing.email),
    phone: text(entry.phone, existing.phone),
    emails: unionPoints(entry.emails, existing.emails),
    phones: unionPoints(entry.phones, existing.phones),
    urls: unionPoints(existing.urls, entry.urls),
    addresses: [...existing.addresses, ...entry.addresses.filter((a) => !existing.addresses.some((b) => JSON.stringify(a) === JSON.stringify(b)))],
    structuredName: entry.structuredName ?? existing.structuredName,
    birthday: text(entry.birthday, existing.birthday),
    linkedinUrl: text(entry.linkedinUrl, existing.linkedinUrl),
    xUrl: text(entry.xUrl, existing.xUrl),
    tags: union(existing.tags, entry.tags),
    interests: union(existing.interests, entry.interests),
    howMet: entry.howMet ?? existing.howMet,
    introducedById: entry.introducedById === existing.id ? existing.introducedById : (entry.introducedById ?? existing.introducedById),
    stage: later(RELATIONSHIP_STAGES, existing.stage, entry.stage),
    mentorSignals: {
      suggestsOpportunities: existing.mentorSignals.suggestsOpportunities || entry.mentorSignals.suggestsOpportunities,
      offersIntroductions: existing.mentorSignals.offersIntroductions || entry.mentorSignals.offersIntroductions,
      givesCriticalFeedback: existing.mentorSignals.givesCriticalFeedback || entry.mentorSignals.givesCriticalFeedback,
    },
    letterStatus: later(LETTER_STATUSES, existing.letterStatus, entry.letterStatus),
    cadenceDays: entry.cadenceDays ?? existing.cadenceDays,
    notes:
      entryNotes === '' || existingNotes.includes(entryNotes)
        ? existing.notes
        : existingNotes === ''
          ? entry.notes
          : `${existing.notes.trimEnd()}\n\n${entry.notes.trim()}`,
  };
}
