/**
 * The patient-data guard: finds text in notes and drafts that looks like a
 * patient identifier (record numbers, dates of birth, a name or initials next
 * to "patient", case shorthand like "Mr. K, 67M"). Networking notes must never
 * hold patient data, so the app warns; the user decides.
 *
 * Digits in Arabic-Indic or fullwidth forms are read as ASCII digits first.
 *
 * It is tuned for few false alarms on ordinary networking notes: phone numbers,
 * years, PGY levels, Step scores, meeting dates, PubMed and trial ids, catheter
 * sizes ("10F sheath") and talk about patients in general stay quiet.
 */
import { findAll, type TextRule, type TextSpan } from './text-findings';

export type PatientDataKind = 'record-number' | 'date-of-birth' | 'patient-name' | 'age-sex' | 'ssn';

/** A likely patient identifier with the reason it was flagged. */
export interface PatientDataFinding extends TextSpan {
  kind: PatientDataKind;
  reason: string;
}

const REASON = {
  recordNumber: 'This looks like a medical record number. Networking notes must never hold patient identifiers.',
  longNumber: 'A long number like this can be a medical record number. Remove it if it belongs to a patient.',
  ssn: 'This looks like a Social Security number.',
  dateOfBirth: 'This looks like a date of birth, which identifies a patient.',
  oldDate: 'A full date from the 1900s is most likely a date of birth.',
  ageSex: 'Age and sex shorthand (like 67M) describes a patient; next to other details it can identify them.',
  patientName: 'A name or initials next to "patient" can identify someone. Keep patients out of networking notes.',
  titleInitial: 'A title with an initial (like "Mr. K") is how case notes refer to a patient.',
} as const;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)';
/** "March 4, 1955", "March the 4th 1955", "4 March 1955", "4th of March 1955". */
const MONTH_DAY = (year: string) =>
  `${MONTH}\\.?\\s+(?:the\\s+)?\\d{1,2}${ORDINAL}?,?\\s+${year}|(?:the\\s+)?\\d{1,2}${ORDINAL}?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${year}`;
/** A calendar date with a year, in the shapes people type. */
const FULL_DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|${MONTH_DAY('\\d{4}')})(?![\\d/.-]\\d)`;
/** After an explicit DOB label even a partial date, a bare year or a date without separators ("03041955") counts. */
const LABELLED_DATE = `(?:${FULL_DATE}|\\d{1,2}[/.-]\\d{1,2}(?![\\d/.-]\\d)|(?:\\d{6}|\\d{8})(?![\\d/.-]?\\d)|(?:19|20)\\d{2}\\b)`;

/** Numbers that follow these words are ids of papers, trials, meetings or people who are not patients, or phone numbers. */
const NOT_A_PATIENT_NUMBER =
  /(?:\b(?:pmid|pmcid|pmc|doi|nct|isbn|issn|orcid|npi|aamc(?:\s+id)?|eras(?:\s+id)?|nrmp(?:\s+id)?|usmle(?:\s+id)?|zoom|webex|teams|meeting(?:\s+(?:id|number|code))?|passcode|pin|code|conference(?:\s+id)?|grant|award|protocol|irb|order|confirmation|booking|flight|tracking|invoice|phone|tel|cell|mobile|fax|pager|call|text|ext|extension)|\+\d{1,3})(?:\W+\w{1,4}){0,2}\W{0,4}$/i;

/** Words that make a long number a count, not an id. */
const NOT_AN_ID_AFTER =
  /^\s*(?:views|followers|impressions|people|members|subscribers|users|downloads|dollars|usd|steps|words|citations|likes|patients|procedures|cases|studies)\b/i;

/** Words that follow a number as a size or an amount, not as an age and sex. */
const NOT_AN_AGE_AFTER =
  /^\s*(?:sheaths?|catheters?|caths?|drains?|introducers?|tubes?|dilators?|guides?|wires?|systems?|devices?|french|fr\b|grants?|budget|funding|dollars|usd|views|followers|users|impressions|people|members|subscribers)/i;

/** Capitalised words that follow "Patient" in ordinary phrases, and common acronyms that look like initials. */
const NOT_A_NAME = new Set(
  (
    'Safety Care Experience Experiences Advocate Advocates Advocacy Education Portal Centered Outcomes Outcome Satisfaction Services ' +
    'Service Relations Quality First Support Navigator Navigators Coordinator Registry Access Flow Engagement Reported Information ' +
    'Privacy Rights Day Week Month Voice Family Transport Selection Positioning Monitoring Preparation Consent Room Recovery Zero ' +
    'Centred Focused Care-Centered Safety-Net Population Volume Volumes Panel Panels Census Load Numbers Cohort Cohorts Data ' +
    'The A An I In On At With And Or To For Of This That These Those Was Is Are Were Has Had Who Which When Where Why How ' +
    'Mr Mrs Ms Dr MRN DOB ED ER IR ICU OR CT MRI US DR PD APD PA NP RN SIR PAD DVT PE IO HCC GI UE LE IVC TIPS UFE PAE GAE MD DO ' +
    'PGY VA IRB QI EMR EHR OT PT CV CK HIPAA AI ML PHI ID'
  ).split(' '),
);

/** Text from the start of the line (or 40 characters) up to an offset. */
const before = (text: string, index: number) => text.slice(Math.max(0, index - 40), index);

const rx = (source: string, flags = 'gi') => new RegExp(source, flags);

const RULES: readonly TextRule<{ kind: PatientDataKind; reason: string }>[] = [
  {
    pattern: rx(
      `\\b(?:MRN|MR\\s?#|MR\\s?(?:No\\.?|number)|med(?:ical)?\\.?\\s+rec(?:ord)?\\.?(?:\\s+(?:number|no\\.?|#))?|chart\\s*(?:number|no\\.?|#)|acct\\.?\\s*#|account\\s*(?:number|no\\.?|#)|(?:patient|pt)\\s*(?:id|number|no\\.?|#)|encounter\\s*(?:number|no\\.?|#)|FIN|CSN|accession(?:\\s*(?:number|no\\.?|#))?)\\s*[:#=]?\\s*[A-Z]{0,3}-?\\d(?:[ .-]?\\d){3,}`,
    ),
    details: { kind: 'record-number', reason: REASON.recordNumber },
  },
  {
    pattern: rx('(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])'),
    details: { kind: 'ssn', reason: REASON.ssn },
  },
  {
    pattern: rx(`\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s?date|birthday)\\s*(?:is\\s+)?[:=-]?\\s*${LABELLED_DATE}`),
    details: { kind: 'date-of-birth', reason: REASON.dateOfBirth },
  },
  {
    pattern: rx(`\\b(?:born(?:\\s+on)?|b\\.)\\s*[:=-]?\\s*${FULL_DATE}`),
    details: { kind: 'date-of-birth', reason: REASON.dateOfBirth },
  },
  {
    pattern: rx(
      `(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}[/.-]19\\d{2}|19\\d{2}-\\d{2}-\\d{2}|${MONTH_DAY('19\\d{2}')})(?![\\d/.-]?\\d)`,
    ),
    details: { kind: 'date-of-birth', reason: REASON.oldDate },
  },
  {
    pattern: rx('(?<![\\w$€£¥.,/:#+=@%-])\\d{6,10}(?![\\w-]|[.,]\\d)'),
    details: { kind: 'record-number', reason: REASON.longNumber },
    accept: (match, text) =>
      !NOT_A_PATIENT_NUMBER.test(before(text, match.index)) && !NOT_AN_ID_AFTER.test(text.slice(match.index + match[0].length)),
  },
  // "67 yo M", "45 y/o", "a 67-year-old man".
  {
    pattern: rx(
      '\\b(?:1[01]\\d|[1-9]?\\d)\\s?(?:yo|y/o|y\\.o\\.?)(?![\\w/])(?:\\s?(?:M|F|male|female|man|woman|gentleman|lady)\\b)?|\\b(?:1[01]\\d|[1-9]?\\d)[\\s-]?(?:years?|yrs?)[\\s-]old\\s+(?:M|F|male|female|man|woman|gentleman|lady|patient|pt)\\b',
    ),
    details: { kind: 'age-sex', reason: REASON.ageSex },
  },
  // "67M", "45F", "67 M," (case-sensitive: adults only, and not a catheter size or an amount).
  {
    pattern: rx(
      '(?<![\\w$€£¥.,])(?:1[01]\\d|[2-9]\\d|1[89])(?:[MF]|\\s[MF](?=\\s*(?:[,;:.)]|$)|\\s+(?:with|w/|s/p|h/o|hx|pmh|presenting|admitted|who)\\b))(?![\\w°])',
      'gm',
    ),
    details: { kind: 'age-sex', reason: REASON.ageSex },
    accept: (match, text) => !NOT_AN_AGE_AFTER.test(text.slice(match.index + match[0].length)),
  },
  // "patient John Smith", "pt J.S.", "Pt JS" (case-sensitive so a name must be capitalised).
  {
    pattern: rx(
      "\\b(?:[Pp]atient|[Pp]ts?)\\.?(?:['’]s)?\\s+(?:[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?|[A-Z]{2,3}(?![\\w'’-])|[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?)",
      'g',
    ),
    details: { kind: 'patient-name', reason: REASON.patientName },
    accept: (match, text) => {
      // "a 5 pt Likert scale": pt after a number is a point, not a patient.
      if (/\d\s*$/.test(before(text, match.index))) return false;
      const words = match[0].split(/\s+/);
      const first = words[1]?.replace(/[.'’]+$/, '') ?? '';
      return !NOT_A_NAME.has(first);
    },
  },
  {
    pattern: rx("\\b(?:patient|pt)(?:['’]s)?\\s+name\\s*(?:is\\b|[:=-])?\\s*[^\\s.,;]+"),
    details: { kind: 'patient-name', reason: REASON.patientName },
  },
  // "Mr. K", "Ms. J." — a title with a lone initial.
  {
    pattern: rx("\\b(?:Mr|Mrs|Ms|Mx|Miss)\\.?\\s+[A-Z]\\.?(?![\\w'’])", 'g'),
    details: { kind: 'patient-name', reason: REASON.titleInitial },
  },
];

/**
 * Finds likely patient identifiers in a note or draft.
 *
 * @param text any user text (notes, summaries, drafts)
 * @returns findings in text order, none overlapping; `text.slice(start, end) === phrase`
 */
export function checkPatientData(text: string): PatientDataFinding[] {
  const folded = foldDigitsAndWidths(text);
  const findings = findAll(folded, RULES);
  // Folding keeps every offset, so the phrase is read back from the text as the user typed it.
  return folded === text ? findings : findings.map((f) => ({ ...f, phrase: text.slice(f.start, f.end) }));
}

/**
 * Arabic-Indic (٠-٩), Extended Arabic-Indic (۰-۹) and fullwidth digits as
 * ASCII digits, and fullwidth letters and punctuation (ＭＲＮ：) and the
 * ideographic space as their ASCII forms, so "MRN ١٢٣٤٥٦٧٨" reads like
 * "MRN 12345678". Each character maps to one character: offsets stay valid.
 */
export function foldDigitsAndWidths(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff01-\uff5e\u3000]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
    if (code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
    return String.fromCharCode(code - 0xff01 + 0x21);
  });
}

/**
 * The text with every likely patient identifier taken out, and the commas,
 * colons and spaces they leave behind tidied: "Seen: MRN 12345678, DOB
 * 03/14/1962 in clinic" → "Seen: in clinic". Text with none comes back as it was.
 */
export function withoutPatientData(text: string): string {
  const findings = checkPatientData(text);
  if (findings.length === 0) return text;
  let result = '';
  let from = 0;
  for (const f of findings) {
    result += text.slice(from, f.start);
    from = f.end;
  }
  result += text.slice(from);
  return result
    .replace(/[ \t]*([,;])(?:[ \t]*[,;])+/g, '$1')
    .replace(/([:(])[ \t]*[,;][ \t]*/g, '$1 ')
    .replace(/[ \t]*[,;][ \t]*(?=[.)\n]|$)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([.,;:)])/g, '$1')
    .replace(/^[ \t]*[,;][ \t]*/gm, '')
    .replace(/[ \t]+$/gm, '');
}
