/**
 * The NRMP wording check: finds phrases in a draft that ask a program how it
 * will rank the applicant, or that promise or trade a place on the applicant's
 * own rank list. Match rules forbid asking for or giving ranking commitments;
 * telling a program what genuinely draws you to it is fine and is not flagged.
 *
 * It works on wording alone, so it errs towards silence: a phrase is flagged
 * only when a ranking word is tied to "you", "me" or the program, with a rank
 * position or a question around it ("I ranked the experience highly" passes).
 */
import { findAll, type TextRule, type TextSpan } from './text-findings';

/** What kind of trouble a phrase is: a promise about the applicant's list, a question about the program's, or a trade of the two. */
export type NrmpFindingKind = 'promise' | 'ask' | 'conditional';

/** A flagged phrase with a short, plain explanation to show next to it. */
export interface NrmpFinding extends TextSpan {
  kind: NrmpFindingKind;
  explanation: string;
}

const EXPLAIN = {
  promise:
    'This promises a place on your rank list. NRMP rules forbid giving ranking commitments; say what draws you to the program instead.',
  numberOne:
    'Calling a program your first choice is a statement about your rank list. NRMP rules forbid giving ranking commitments; describe what you value about it instead.',
  commit: 'This commits you to ranking or joining the program. NRMP rules forbid giving ranking commitments.',
  ask: 'This asks how the program will rank you. NRMP rules forbid asking for ranking commitments; share your interest and leave their list to them.',
  chances:
    'Asking whether you will match there asks the program to reveal how it will rank you, which NRMP rules forbid.',
  conditional:
    'This links your rank to theirs, a trade NRMP rules forbid. Keep the message to your genuine interest.',
} as const;

// Building blocks. Every pattern runs case-insensitively; apostrophes may be straight or curly.
const AP = "['\u2019]";
const WORD = "[\\w'\u2019-]+";
/** Up to n more words in the same clause (commas allowed, sentence ends not). */
const gap = (n: number) => `(?:[\\s,]+${WORD}){0,${n}}?`;
/** Words that may stand between "I" and "rank" in a statement of intent; anything else means someone else ranks. */
const AUX =
  '(?:will|shall|would|am|are|have|has|had|be|been|going|to|plan|plans|planning|intend|intending|want|wanted|promise|can|could|guarantee|decided|definitely|certainly|absolutely|surely|already|also|really|truly|honestly|fully|do|did|most|likely|probably|happily|gladly|sincerely|hereby|still|now|then|hope|hoping|expect|expecting|love|like|wish|both|all)';
/** The applicant speaking, alone or with a partner ("I", "I'll", "we", "we've"). */
const SPEAKER = `(?:I(?:${AP}(?:ll|m|ve|d))?|we(?:${AP}(?:ll|re|ve|d))?)`;
/** The applicant's own list or choice ("my", "our"). */
const MINE = '(?:my|our)';
/** The start of a clause: a promise with its subject left out ("Ranked you first!"). */
const CLAUSE_START = '(?<=^|[.!?;:,\\n(]\\s*)';
/** The program as the thing ranked or the one doing the ranking. */
const PROGRAM =
  '(?:your(?:\\s+[\\w-]+){0,2}?\\s+(?:program|residency|institution|hospital|department|division|team)|(?:this|that|the)\\s+(?:program|residency))';
const PROGRAM_RANKER =
  '(?:(?:your|the)\\s+(?:(?:selection|admissions?|residency|ranking|program)\\s+)?(?:program|committee|team|residency|faculty))';
/** Something the applicant could rank: the reader or the program (not "your feedback", not "the experience"). */
const RANKED_THING = `(?:you|${PROGRAM})(?!${AP}s)\\b`;
const NUMBER_ONE = '(?:number\\s+(?:one|1)|#\\s?1|no\\.?\\s?1|1st)';
/** A place on a rank list. */
const POSITION = `(?:first|${NUMBER_ONE}|highly|high|higher|highest|at\\s+the\\s+top|on\\s+top|top|above\\s+(?:all\\s+)?(?:the\\s+)?others|to\\s+match|as\\s+my\\s+(?:first|top|${NUMBER_ONE})(?:\\s+(?:choice|pick))?)(?![\\w-])`;
/** Positions no one uses for anything but a rank list. */
const STRONG_POSITION = `(?:${NUMBER_ONE}|to\\s+match|at\\s+the\\s+top\\s+of\\s+my\\s+(?:rank\\s+)?list)`;
const RANK_LIST = '(?:rank(?:ing)?[-\\s]?(?:order\\s+)?)list\\b';
const LIST_PLACE = `(?:top|first|${NUMBER_ONE}|number\\s+one|high|higher|highest|highly)`;
/** A rotation, research or shadowing choice is not a Match choice. */
const NOT_A_MATCH_CHOICE = '(?!\\s+for\\s+(?:an?\\s+)?(?:away|visiting|audition|elective|sub-?i|research|shadowing|rotation))';
const CHOICE_NOUN = '(?:choice|pick|option|program|place|priority|preference|spot)';

const rx = (source: string) => new RegExp(source, 'gi');

const RULES: readonly TextRule<{ kind: NrmpFindingKind; explanation: string }>[] = [
  // "If you rank me highly…", "if I rank you first…": a trade, listed first so it wins over the parts.
  {
    pattern: rx(`\\bif\\s+(?:you\\b|${PROGRAM_RANKER})${gap(3)}[\\s,]+rank(?:s|ed)?\\s+me\\b(?:\\s+${POSITION})?`),
    details: { kind: 'conditional', explanation: EXPLAIN.conditional },
  },
  {
    pattern: rx(`\\bif\\s+I\\s+(?:rank|ranked)\\s+${RANKED_THING}(?:\\s+${POSITION})?`),
    details: { kind: 'conditional', explanation: EXPLAIN.conditional },
  },
  // "I will rank you first", "We plan to rank your program #1", "I've ranked your program first".
  {
    pattern: rx(`\\b${SPEAKER}(?:[\\s,]+${AUX}){0,5}[\\s,]+rank(?:ed|ing)?\\s+${RANKED_THING}${gap(3)}[\\s,]+${POSITION}`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "I will be ranking you", "we'll be ranking your program": a commitment to rank, even with no place named.
  {
    pattern: rx(`\\b${SPEAKER}(?:\\s+(?:will|shall|definitely|certainly))*\\s+be\\s+ranking\\s+${RANKED_THING}`),
    details: { kind: 'promise', explanation: EXPLAIN.commit },
  },
  // "Ranked you first!": the subject left out, at the start of a clause (not "Doximity ranked your program first").
  {
    pattern: rx(`${CLAUSE_START}rank(?:ed|ing)\\s+${RANKED_THING}${gap(2)}[\\s,]+${POSITION}(?!\\s+(?:in|among|by|for)\\b)`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "You will be ranked first", "your program is going to be ranked #1" (not "is ranked first in the region").
  {
    pattern: rx(`\\b(?:you|${PROGRAM})(?:${AP}ll|\\s+will|\\s+(?:are|is)\\s+going\\s+to)\\s+be\\s+ranked\\s+${POSITION}(?!\\s+(?:in|among|for)\\b)`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "I will rank it first", "I plan to rank Stanford #1": any object, but only with an unmistakable rank position.
  {
    pattern: rx(
      `\\b${SPEAKER}(?:[\\s,]+${AUX}){0,5}[\\s,]+rank(?:ed|ing)?\\s+(?:it\\s+(?:first|${STRONG_POSITION})|(?:[\\w'\u2019.&-]+\\s+){1,4}?${STRONG_POSITION})(?![\\w-])`,
    ),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "You are my number one", "Your program is my top choice" (but not "my number one role model").
  {
    pattern: rx(
      `\\b(?:you${AP}re|you\\s+are|you\\s+will\\s+be|you${AP}ll\\s+be|you\\s+remain|${PROGRAM}\\s+(?:is|will\\s+be|remains))(?:\\s+(?:still|clearly|definitely|certainly|truly|really|absolutely|now|always))?\\s+${MINE}\\s+(?:very\\s+)?(?:absolute\\s+)?(?:${NUMBER_ONE}|first|top)(?:\\s+${CHOICE_NOUN}\\b${NOT_A_MATCH_CHOICE}|(?=\\s*(?:[.,;:!?)\u2013\u2014]|$)|\\s+(?:and|but|so)\\b))`,
    ),
    details: { kind: 'promise', explanation: EXPLAIN.numberOne },
  },
  // "My first choice is your program".
  {
    pattern: rx(`\\b${MINE}\\s+(?:${NUMBER_ONE}|first|top)\\s+(?:choice|pick)(?:\\s+for\\s+(?:residency|training|the\\s+match))?\\s+(?:is|will\\s+be|remains)\\s+(?:you\\b|${PROGRAM})`),
    details: { kind: 'promise', explanation: EXPLAIN.numberOne },
  },
  // "…at the top of my rank list", "first on my rank order list".
  {
    pattern: rx(`\\b${LIST_PLACE}\\s+(?:on|of|in)\\s+${MINE}\\s+${RANK_LIST}(?!\\s+of\\b)`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "Your program is at the top of my list": a plain "my list" needs the program as the subject.
  {
    pattern: rx(`\\b(?:you|${PROGRAM})${gap(4)}[\\s,]+(?:at\\s+the\\s+)?${LIST_PLACE}\\s+(?:on|of|in)\\s+${MINE}\\s+list\\b(?!\\s+of\\b)`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "Top of my list, honestly": the very top of a plain list, on its own (not "top of my list of questions").
  {
    pattern: rx(`\\b(?:at\\s+the\\s+)?top\\s+of\\s+${MINE}\\s+list\\b(?!\\s+(?:of|for|is|are|this|today|right)\\b)`),
    details: { kind: 'promise', explanation: EXPLAIN.promise },
  },
  // "I am committed to ranking your program", "committed to matching at your program".
  {
    pattern: rx(
      `\\bcommit(?:ted|ting|ment)?\\s+to\\s+(?:rank(?:ing)?\\b(?:\\s+${RANKED_THING})?(?:\\s+${POSITION})?|(?:match(?:ing)?|com(?:e|ing)|train(?:ing)?)\\s+(?:at|with|to|into)\\s+(?:you\\b|your\\s+(?:[\\w-]+\\s+){0,2}?(?:program|residency|institution|hospital)\\b|this\\s+program\\b))`,
    ),
    details: { kind: 'promise', explanation: EXPLAIN.commit },
  },
  // "Will you rank me?", "Are you going to rank me highly?", "Did the committee rank me?".
  {
    pattern: rx(`\\b(?:you\\b|${PROGRAM_RANKER})(?:${AP}(?:ll|re|d|ve))?${gap(4)}[\\s,]+rank(?:s|ed|ing)?\\s+me\\b(?:\\s+${POSITION})?`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "Please rank me highly", "would you consider ranking me".
  {
    pattern: rx(`\\b(?:please|kindly|consider(?:ing)?)\\s+(?:\\w+\\s+)?rank(?:ing)?\\s+me\\b(?:\\s+${POSITION})?`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "Will I be ranked highly?", "Am I ranked to match?" (not "I was ranked first in my class").
  {
    pattern: rx(`\\b(?:will|would|am|have|could|can|should|might)\\s+I(?:\\s+(?:be|been|going|to|get|still|possibly|likely|ever|even|currently))*\\s+ranked\\b(?:\\s+${POSITION})?`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "…if I'll be ranked to match".
  {
    pattern: rx(`\\bI(?:${AP}ll|\\s+will|\\s+would|${AP}d|\\s+am\\s+going\\s+to|${AP}m\\s+going\\s+to|\\s+might|\\s+could)\\s+(?:still\\s+|possibly\\s+|likely\\s+)?be\\s+ranked\\b(?:\\s+${POSITION})?`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "Let me know where I stand on your list", "where I fall on your rank list".
  {
    pattern: rx(
      `\\b(?:where|how)\\s+(?:do\\s+|does\\s+|did\\s+|will\\s+|would\\s+|might\\s+)?I\\s+(?:currently\\s+|now\\s+)?(?:stand|fall|land|am|sit|rank|fit|place)\\b${gap(3)}[\\s,]+(?:on|in|with|within|for)\\s+(?:(?:your|the|their)\\s+(?:(?:program|committee)${AP}s\\s+)?(?:${RANK_LIST}|list\\b|rankings?\\b)|(?:your|the)\\s+program\\b(?!${AP}s))`,
    ),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "I hope I am high on your rank list", "did I make your rank list".
  {
    pattern: rx(`\\b(?:${LIST_PLACE}\\s+(?:on|of|in)\\s+your\\s+(?:${RANK_LIST}|list\\b(?!\\s+of\\b))|(?:on|onto|in|made|make)\\s+your\\s+${RANK_LIST})`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
  // "What are my chances of matching at your program?" (not "…of matching in IR").
  {
    pattern: rx(`\\b(?:my|the)\\s+(?:chances?|odds|likelihood)\\s+(?:of\\s+|for\\s+)?(?:matching|being\\s+ranked|being\\s+matched|getting\\s+in|a\\s+spot)\\s+(?:here\\b|(?:at|with|into|to)\\s+(?:your|this|you\\b))`),
    details: { kind: 'ask', explanation: EXPLAIN.chances },
  },
  // "Will I match here?", "Could I match at your program?".
  {
    pattern: rx(`\\b(?:will|would|could|can|do|am)\\s+I(?:\\s+\\w+){0,2}?\\s+match\\s+(?:here\\b|(?:at|with|into)\\s+(?:your|this|you\\b))`),
    details: { kind: 'ask', explanation: EXPLAIN.chances },
  },
  // "Can you guarantee me a spot?".
  {
    pattern: rx(`\\b(?:guarantee|promise)\\s+(?:me\\s+)?(?:a|my|the)\\s+(?:spot|position|place|slot)\\b`),
    details: { kind: 'ask', explanation: EXPLAIN.ask },
  },
];

/**
 * Finds wording in a draft that asks a program about its ranking intentions,
 * or promises or trades a ranking commitment.
 *
 * @param text the draft (subject and body may be checked separately or together)
 * @returns findings in text order, none overlapping; `text.slice(start, end) === phrase`
 */
export function checkNrmpWording(text: string): NrmpFinding[] {
  return findAll(text, RULES);
}
