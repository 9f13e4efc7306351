import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNrmpWording, type NrmpFindingKind } from '../../../src/domain/playbook/nrmp-check';

/** [text, the phrase that must be flagged, its kind] */
const FLAGGED: [string, string, NrmpFindingKind][] = [
  ['I will rank you first.', 'I will rank you first', 'promise'],
  ["I'll rank your program #1 no matter what.", "I'll rank your program #1", 'promise'],
  ['I plan to rank your program #1.', 'I plan to rank your program #1', 'promise'],
  ['I am going to rank your program highly.', 'I am going to rank your program highly', 'promise'],
  ['I have decided to rank you at the top', 'I have decided to rank you at the top', 'promise'],
  ['i will definitely rank your IR program number one', 'i will definitely rank your IR program number one', 'promise'],
  ['I\u2019ve ranked your program first.', 'I\u2019ve ranked your program first', 'promise'],
  ['I intend to rank this program to match.', 'I intend to rank this program to match', 'promise'],
  ['I would rank your residency first if I could.', 'I would rank your residency first', 'promise'],
  ['Honestly, I will rank you No. 1.', 'I will rank you No. 1', 'promise'],
  ['I am ranking your program as my top choice.', 'I am ranking your program as my top choice', 'promise'],
  ['I will rank it first.', 'I will rank it first', 'promise'],
  ['I plan to rank Fictional University #1.', 'I plan to rank Fictional University #1', 'promise'],
  ['I am going to rank Mayo to match', 'I am going to rank Mayo to match', 'promise'],
  ['You are my number one.', 'You are my number one', 'promise'],
  ["You're my #1 choice and I hope you know it.", "You're my #1 choice", 'promise'],
  ['Your program is my top choice.', 'Your program is my top choice', 'promise'],
  ['Your integrated IR program remains my first choice', 'Your integrated IR program remains my first choice', 'promise'],
  ['My first choice is your program, without doubt.', 'My first choice is your program', 'promise'],
  ['You will be at the top of my rank list.', 'top of my rank list', 'promise'],
  ['Your residency will be first on my rank order list.', 'first on my rank order list', 'promise'],
  ['Your program is at the top of my list.', 'Your program is at the top of my list', 'promise'],
  ['I am committed to ranking your program first.', 'committed to ranking your program first', 'promise'],
  ['I am committed to matching at your program.', 'committed to matching at your program', 'promise'],
  ['Will you rank me?', 'you rank me', 'ask'],
  ['Are you going to rank me highly?', 'you going to rank me highly', 'ask'],
  ['How highly do you plan to rank me?', 'you plan to rank me', 'ask'],
  ['Did the selection committee rank me?', 'the selection committee rank me', 'ask'],
  ['Please let me know where I stand on your list.', 'where I stand on your list', 'ask'],
  ['Could you tell me where I fall on your rank list?', 'where I fall on your rank list', 'ask'],
  ['Where do I stand in your rankings?', 'Where do I stand in your rankings', 'ask'],
  ['Let me know where I stand with your program.', 'where I stand with your program', 'ask'],
  ["Can you tell me if I'll be ranked to match?", "I'll be ranked to match", 'ask'],
  ['Will I be ranked highly?', 'Will I be ranked highly', 'ask'],
  ['Am I ranked to match?', 'Am I ranked to match', 'ask'],
  ['I hope I am high on your rank list.', 'high on your rank list', 'ask'],
  ['Please rank me highly.', 'Please rank me highly', 'ask'],
  ['Would you consider ranking me?', 'you consider ranking me', 'ask'],
  ['Kindly consider ranking me highly.', 'Kindly consider ranking me highly', 'ask'],
  ['What are my chances of matching at your program?', 'my chances of matching at your', 'ask'],
  ['Will I match here?', 'Will I match here', 'ask'],
  ['Can you guarantee me a spot?', 'guarantee me a spot', 'ask'],
  ['If you rank me highly I will…', 'If you rank me highly', 'conditional'],
  ['If your program ranks me to match, I will accept.', 'If your program ranks me to match', 'conditional'],
  ['If I rank you first, will you do the same?', 'If I rank you first', 'conditional'],
  // Every person and tense: "we", "our", bare past tense, "will be ranking", and a plain "top of my list".
  ['We will rank you #1.', 'We will rank you #1', 'promise'],
  ["We'll rank your program first.", "We'll rank your program first", 'promise'],
  ['We’ll rank you highly.', 'We’ll rank you highly', 'promise'],
  ['We are going to rank your program number one.', 'We are going to rank your program number one', 'promise'],
  ['We have ranked you first.', 'We have ranked you first', 'promise'],
  ['We ranked your program #1.', 'We ranked your program #1', 'promise'],
  ['My husband and I will rank you first.', 'I will rank you first', 'promise'],
  ['Ranked you first, as promised!', 'Ranked you first', 'promise'],
  ['Just so you know, ranked your program #1.', 'ranked your program #1', 'promise'],
  ['I will be ranking you first.', 'I will be ranking you first', 'promise'],
  ['I will be ranking you.', 'I will be ranking you', 'promise'],
  ['We will be ranking your program highly.', 'We will be ranking your program highly', 'promise'],
  ['I hope to rank your program first.', 'I hope to rank your program first', 'promise'],
  ["I'd love to rank you #1.", "I'd love to rank you #1", 'promise'],
  ['I fully expect to rank you at the top.', 'I fully expect to rank you at the top', 'promise'],
  ['You are our number one.', 'You are our number one', 'promise'],
  ["You're our top choice.", "You're our top choice", 'promise'],
  ['You are my number one choice.', 'You are my number one choice', 'promise'],
  ['Your program is our first choice.', 'Your program is our first choice', 'promise'],
  ['You will be ranked first on my list.', 'You will be ranked first on my list', 'promise'],
  ['Rest assured, you will be ranked #1.', 'you will be ranked #1', 'promise'],
  ["You'll be ranked highly by me.", "You'll be ranked highly", 'promise'],
  ['Top of my list, honestly.', 'Top of my list', 'promise'],
  ['You are at the top of our list.', 'You are at the top of our list', 'promise'],
  ['You will be at the top of our rank list.', 'top of our rank list', 'promise'],
  ['Will your program rank me highly?', 'your program rank me highly', 'ask'],
  ['How will your team rank me?', 'your team rank me', 'ask'],
];

/** Innocent text that uses ranking words, or talks about the Match, and must stay unflagged. */
const INNOCENT: string[] = [
  'I ranked the experience highly.',
  'Your program ranks among the top in research.',
  'We discussed the ranking of priorities for my research year.',
  'I am very interested in your program.',
  'Thank you for the rank-and-file advice.',
  'I met several high-ranking faculty at SIR.',
  'I was ranked first in my class.',
  'Residents rank your program highly for autonomy.',
  'I heard that residents rank your program highly.',
  'US News ranks your hospital first in the region.',
  'I rank your feedback highly.',
  'I will rank-order my priorities before our call.',
  'I will rank programs by case mix and call schedule.',
  'I will rank my priorities first, then pick electives.',
  'You are my number one role model in IR.',
  'You are my first call when a question comes up.',
  'IR is my first choice of specialty.',
  'Your program is my top choice for an away rotation.',
  'Please let me know where I stand on your waitlist for away rotations.',
  'Let me know where I stand with the research project.',
  'What are my chances of matching in IR?',
  'I am committed to matching in IR.',
  'Could you tell me how applicants are ranked?',
  'Getting a poster accepted is high on my list this year.',
  'At the top of my list of questions is the call schedule.',
  'Thank you for helping me think through my rank list.',
  'I submitted my rank list yesterday.',
  "The dean's letter will rank me in the top quartile.",
  'Thanks for saving me a spot at the dinner.',
  'Will you be at the SIR reception? I would love to say hello.',
  'Thank you for the interview day; the case mix and mentorship stood out.',
  'I appreciated learning how your residents rotate through interventional oncology.',
  'Your program would be a great fit for my interest in PAD.',
  'I ranked the importance of mentorship highly.',
  'Thank you for the interview.',
  'We ranked the abstracts by impact.',
  'Doximity ranked your program first in the region.',
  'We will be ranking the posters at noon.',
  'You are our first call for Y-90 questions.',
  'Our top choice for the journal club is your paper on PAE.',
  'The residents ranked your teaching highly.',
  'Your feedback is at the top of what I will use.',
];

describe('checkNrmpWording', () => {
  it('has a table of at least 40 phrases, flagged and innocent', () => {
    expect(FLAGGED.length + INNOCENT.length).toBeGreaterThanOrEqual(40);
    expect(FLAGGED.length).toBeGreaterThanOrEqual(40);
    expect(INNOCENT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FLAGGED)('flags %j', (text, phrase, kind) => {
    const findings = checkNrmpWording(text);
    expect(findings.map((f) => ({ phrase: f.phrase, kind: f.kind }))).toContainEqual({ phrase, kind });
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
      expect(f.explanation).toMatch(/NRMP rules forbid/);
    }
  });

  it.each(INNOCENT)('leaves %j alone', (text) => {
    expect(checkNrmpWording(text)).toEqual([]);
  });

  it('flags both halves of a trade, each once', () => {
    const findings = checkNrmpWording('If you rank me highly I will rank you first.');
    expect(findings.map((f) => [f.kind, f.phrase])).toEqual([
      ['conditional', 'If you rank me highly'],
      ['promise', 'I will rank you first'],
    ]);
  });

  it('finds a phrase inside a whole thank-you note at the right offsets', () => {
    const note = [
      'Dear Dr. Nuñez,',
      '',
      'Thank you for the interview on Friday. I especially enjoyed hearing about the new IO clinic.',
      'I will rank you #1 and hope to hear good news in March.',
      '',
      'Best wishes,',
      'Zoë',
    ].join('\n');
    const [finding, ...rest] = checkNrmpWording(note);
    expect(rest).toEqual([]);
    expect(finding.phrase).toBe('I will rank you #1');
    expect(finding.start).toBe(note.indexOf('I will rank you #1'));
    expect(finding.end).toBe(finding.start + 'I will rank you #1'.length);
  });

  it('does not flag a phrase split across sentences', () => {
    expect(checkNrmpWording('I will. Rank you first? No, I meant the posters.')).toEqual([]);
  });

  it('never throws, and its findings lie within the text, in order and apart', () => {
    const ranky = fc.constantFrom(
      'I', 'will', 'rank', 'you', 'me', 'your', 'program', 'first', '#1', 'highly', 'my', 'list', 'if', 'where',
      'stand', 'on', 'top', 'choice', 'is', 'are', '.', ',', '?', '\n', "'", '\u2019', 'number', 'one',
    );
    const text = fc.oneof(fc.string(), fc.array(ranky, { maxLength: 30 }).map((words) => words.join(' ')));
    fc.assert(
      fc.property(text, (value) => {
        const findings = checkNrmpWording(value);
        let reach = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(reach);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(value.length);
          expect(value.slice(f.start, f.end)).toBe(f.phrase);
          reach = f.end;
        }
      }),
    );
  });

  it('finds the same phrase wherever it sits in a longer text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLAGGED), fc.lorem({ maxCount: 20 }), ([, phrase], filler) => {
        const text = `${filler}. ${phrase}. ${filler}`;
        const start = filler.length + 2;
        expect(checkNrmpWording(text).some((f) => f.start === start && f.phrase === phrase)).toBe(true);
      }),
    );
  });
});
