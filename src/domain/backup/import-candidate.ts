/**
 * What every importer (LinkedIn, any CSV, vCard) hands to the import plan: a
 * candidate per row, with the fields it read and any value it could not read.
 * Also the words for each field, and the small guessers the importers share.
 */
import type { FieldIssue } from '../validation';
import { fieldWords } from '../field-labels';
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  TRACKS,
  TRACK_LABELS,
  type ContactRole,
  type Track,
} from '../vocabulary';

/** Which kind of record an import makes. */
export type ImportTarget = 'contacts' | 'programs';

export interface ImportCandidate {
  /** 1-based: the row of the file (CSV, header and notes lines counted) or the card's position (vCard). */
  row: number;
  /** Field values as read, not yet validated (the plan runs them through the entity schema). */
  fields: Record<string, unknown>;
  /** Values the importer could not turn into a field (e.g. an unknown role); the row is invalid. */
  problems: FieldIssue[];
  /**
   * What the importer repaired or left out of a row it still imports
   * ("Phone 2 not understood, left out"); the preview lists them.
   */
  notes?: string[];
}

/** The field of each record kind in the user's words, by schema path: "Email" for `email`, "Email 2" for `emails.1`. */
export function fieldLabel(target: ImportTarget, path: string): string {
  return fieldWords(target, path);
}

/** Lower case, accents, apostrophes and punctuation dropped, spaces collapsed: "Saint-Luc's  Hôpital" → "saint lucs hopital". */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HONORIFICS = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss']);
const CREDENTIALS = new Set([
  'md', 'do', 'mbbs', 'mbchb', 'phd', 'ms', 'msc', 'mph', 'mba', 'ma', 'bs', 'rn', 'np', 'pa', 'pac', 'facr', 'fsir',
  'frcr', 'frcpc', 'faha', 'jr', 'sr', 'ii', 'iii', 'iv',
]);

/**
 * A person's name for duplicate matching: "Dr. Ana Pérez, MD, FSIR" and
 * "ana perez" match. Honorifics in front and credentials after the name drop out.
 */
export function normalizePersonName(name: string): string {
  const words = normalizeText(name).split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  while (words.length > 1 && CREDENTIALS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/**
 * Finds the vocabulary id a cell means, by id or by label, ignoring case,
 * spaces and punctuation ("Program Director", "program-director"). Null when none.
 */
export function matchVocabulary<T extends string>(
  value: string,
  ids: readonly T[],
  labels: Record<T, string>,
  aliases: Partial<Record<string, T>> = {},
): T | null {
  const key = normalizeText(value);
  if (key === '') return null;
  for (const id of ids) {
    if (normalizeText(id) === key || normalizeText(labels[id]) === key) return id;
  }
  return aliases[key] ?? null;
}

// Order matters: the first rule that matches a job title wins.
const ROLE_RULES: [RegExp, ContactRole][] = [
  [/\b(associate|assistant)\s+program\s+director\b|\bapd\b/, 'associate-pd'],
  [/\bprogram\s+director\b|\bresidency\s+director\b|\bpd\b/, 'program-director'],
  [/\b(program|residency|fellowship)\s+coordinator\b|\bcoordinator\b/, 'coordinator'],
  [/\b(division|section|department)\s+(chief|head)\b|\bchief\b(?!\s+(resident|fellow|technologist))|\bchair(man|woman|person)?\b/, 'division-chief'],
  [/\bfellow\b/, 'ir-fellow'],
  [/\bresident\b|\bpgy\s?\d\b|\bintern\b/, 'resident'],
  [/\bphysician\s+assistant\b|\bpa c\b|\bnurse\s+practitioner\b|\badvanced\s+practice\b/, 'pa-app'],
  [/\bnurse\b|\btechnologist\b|\bradiographer\b|\brn\b/, 'nurse-tech'],
  [/\binterventional\b|\bvascular\s+and\s+interventional\b/, 'ir-attending'],
  [/\bradiolog/, 'dr-faculty'],
  [/\bresearch/, 'researcher'],
];

/**
 * A role guessed from a job title ("Assistant Program Director, IR" →
 * associate-pd); null when the title says nothing Rapport recognises.
 */
export function guessRoleFromTitle(title: string): ContactRole | null {
  const t = normalizeText(title);
  if (t === '') return null;
  return ROLE_RULES.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

/** A role from a cell: its id or label, or a guess from the words in it. */
export function matchRole(value: string): ContactRole | null {
  return matchVocabulary(value, CONTACT_ROLES, CONTACT_ROLE_LABELS) ?? guessRoleFromTitle(value);
}

const TRACK_ALIASES: Partial<Record<string, Track>> = {
  'ir integrated': 'integrated-ir',
  integrated: 'integrated-ir',
  'ir independent': 'independent-ir',
  independent: 'independent-ir',
  esir: 'dr-esir',
  'dr esir': 'dr-esir',
  'diagnostic radiology': 'dr',
  'diagnostic radiology esir': 'dr-esir',
};

/** A track from a cell ("Integrated IR", "ESIR", "dr"), or a guess from a program name. */
export function matchTrack(value: string): Track | null {
  const exact = matchVocabulary(value, TRACKS, TRACK_LABELS, TRACK_ALIASES);
  if (exact) return exact;
  const t = normalizeText(value);
  if (/\besir\b|early specialization/.test(t)) return 'dr-esir';
  if (/\bindependent\b/.test(t)) return 'independent-ir';
  if (/\bintegrated\b/.test(t)) return 'integrated-ir';
  if (/\bdiagnostic\b/.test(t)) return 'dr';
  return null;
}

/** A list typed in one cell: "IO; PAD, venous" → ["IO", "PAD", "venous"] (duplicates dropped). */
export function splitList(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of value.split(/[;,\n|]/)) {
    const item = part.trim();
    if (item !== '' && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|\bjavascript\s*:|\bon[a-z]+\s*=\s*["']?[^\s"']/i;

/** True when text holds HTML tags or script; Rapport keeps it as plain text, never as HTML. */
export function containsMarkup(value: string): boolean {
  return MARKUP.test(value);
}

// Characters that show nothing: whitespace, controls, format characters (zero-width space, joiners,
// direction marks, the BOM), Unicode's default-ignorables (soft hyphen, variation selectors, the
// Hangul fillers) and the blank braille pattern.
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/**
 * True when text shows nothing at all: empty, or only spaces and invisible
 * characters such as zero-width spaces. A name like that is a missing name.
 */
export function isInvisibleText(value: string): boolean {
  return INVISIBLE.test(value);
}

/**
 * A cell as text: trimmed, and with the apostrophe that spreadsheet-safe
 * exports put before `=`, `+`, `-` or `@` taken off again.
 */
export function cellText(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
