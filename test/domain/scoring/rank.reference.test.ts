/**
 * The optimised ranking (typed-array activity index, shared detail words, rows built without
 * intermediate objects, tie order worked out only where scores tie) against the simplest
 * computation of the same definitions: per contact a scan of every interaction and reminder,
 * per entry the one-entry factor functions and `combineFactors`, one sort with the full
 * comparator. Everything must be equal, words and unrounded order included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLiveReminder, type ContactActivity, type OwedCommitment } from '../../../src/domain/scoring/activity';
import { combineFactors } from '../../../src/domain/scoring/combine';
import { contactLeverage, relationshipStrength, type LinkedProgram } from '../../../src/domain/scoring/contact-score';
import { FACTOR_LABELS, INTERACTION_KIND_WEIGHTS, URGENCY } from '../../../src/domain/scoring/factors';
import { suggestNextAction } from '../../../src/domain/scoring/next-action';
import {
  competitivenessOf,
  programConnection,
  programEngagement,
  programFit,
  programInterest,
  type ProgramContact,
} from '../../../src/domain/scoring/program-score';
import { rankPriorities } from '../../../src/domain/scoring/rank';
import type { ContactScore, PriorityRanking, ProgramScore, ScoringInput, ScoringReminder } from '../../../src/domain/scoring/types';
import { contactUrgency } from '../../../src/domain/scoring/urgency';
import { addLocalDays, toLocalDate } from '../../../src/lib/dates';
import { worldArb } from './fixtures';

const DAY_MS = 86_400_000;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** One contact's activity by scanning everything: interactions in input order, as the index sums them. */
function simpleActivity(world: ScoringInput, contactId: string, nowMs: number, today: string): ContactActivity {
  const decayPerMs = Math.LN2 / (Math.max(1, world.settings.halfLifeDays) * DAY_MS);
  let touches = 0;
  let decayedWeight = 0;
  let lastTouchMs: number | null = null;
  const owed: OwedCommitment[] = [];
  const owedIds = new Set<string>();
  for (const interaction of world.interactions) {
    const at = Date.parse(interaction.occurredAt);
    const mine: OwedCommitment[] = [];
    for (const c of interaction.commitments) {
      if (c.direction !== 'promised' || c.done) continue;
      owedIds.add(c.id);
      mine.push({ id: c.id, text: c.text, dueDate: c.dueDate, interactionId: interaction.id });
    }
    for (const id of interaction.contactIds) {
      if (id !== contactId) continue;
      if (at <= nowMs) {
        touches += 1;
        decayedWeight += INTERACTION_KIND_WEIGHTS[interaction.kind] * Math.exp(-(nowMs - at) * decayPerMs);
        if (lastTouchMs === null || at > lastTouchMs) lastTouchMs = at;
      }
      owed.push(...mine);
    }
  }
  const reminders: ScoringReminder[] = world.reminders.filter(
    (r) => r.contactId === contactId && isLiveReminder(r, today) && !(r.commitmentId !== null && owedIds.has(r.commitmentId)),
  );
  return { touches, decayedWeight, lastTouchMs, owed, reminders };
}

function ranked<T extends { rank: number; id: string }>(rows: { row: T; exact: number; name: string }[]): T[] {
  rows.sort((a, b) => b.exact - a.exact || collator.compare(a.name, b.name) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  return rows.map(({ row }, i) => ({ ...row, rank: i + 1 }));
}

/** The ranking straight from the definitions, one entry at a time. */
function simpleRanking(world: ScoringInput): PriorityRanking {
  const nowMs = world.now.getTime();
  const today = world.today ?? toLocalDate(world.now);
  const { settings, profile } = world;
  const context = { nowMs, today, soonDay: addLocalDays(today, URGENCY.soonDays), mentorDefaultCadenceDays: world.mentorDefaultCadenceDays };
  const firstProgram = (id: string) => world.programs.find((p) => p.id === id);
  const fitOf = (id: string) => {
    const p = firstProgram(id);
    return p === undefined ? undefined : programFit(p, profile, settings.criterionWeights).value;
  };
  const uniqueLinks = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) === i && firstProgram(id) !== undefined);

  const strengthById = new Map<string, number>();
  const contactRows = world.contacts.map((contact) => {
    const activity = simpleActivity(world, contact.id, nowMs, today);
    const strength = relationshipStrength(contact, activity);
    strengthById.set(contact.id, strength.value);
    const linked: LinkedProgram[] = uniqueLinks(contact.programIds).map((id) => {
      const p = firstProgram(id)!;
      return { name: p.name, fit: fitOf(id)!, interest: p.interest, status: p.status };
    });
    const cw = settings.contactWeights;
    const combined = combineFactors([
      { factor: 'strength', label: FACTOR_LABELS.strength, weight: cw.strength, ...strength },
      { factor: 'leverage', label: FACTOR_LABELS.leverage, weight: cw.leverage, ...contactLeverage(contact, linked) },
      { factor: 'urgency', label: FACTOR_LABELS.urgency, weight: cw.urgency, ...contactUrgency(contact, activity, context) },
    ] as const);
    const row: ContactScore = {
      id: contact.id,
      score: combined.score,
      rank: 0,
      contributions: combined.contributions,
      strength: strength.value,
      nextAction: suggestNextAction(contact, activity, context),
    };
    return { row, exact: combined.exact, name: contact.name, strength: strength.value };
  });

  const programRows = world.programs.map((program) => {
    const linked: ProgramContact[] = [];
    world.contacts.forEach((contact, i) => {
      if (uniqueLinks(contact.programIds).includes(program.id)) linked.push({ name: contact.name, strength: contactRows[i].strength });
    });
    const fit = programFit(program, profile, settings.criterionWeights);
    const pw = settings.programWeights;
    const combined = combineFactors([
      { factor: 'fit', label: FACTOR_LABELS.fit, weight: pw.fit, ...fit },
      { factor: 'connection', label: FACTOR_LABELS.connection, weight: pw.connection, ...programConnection(linked) },
      { factor: 'engagement', label: FACTOR_LABELS.engagement, weight: pw.engagement, ...programEngagement(program) },
      { factor: 'interest', label: FACTOR_LABELS.interest, weight: pw.interest, ...programInterest(program) },
    ] as const);
    const row: ProgramScore = {
      id: program.id,
      score: combined.score,
      rank: 0,
      contributions: combined.contributions,
      fit: fit.value,
      competitiveness: competitivenessOf(program, profile),
    };
    return { row, exact: combined.exact, name: program.name };
  });

  return { contacts: ranked(contactRows.map(({ row, exact, name }) => ({ row, exact, name }))), programs: ranked(programRows) };
}

describe('rankPriorities against the simple computation', () => {
  it('gives exactly the ranking the definitions give, entry by entry', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        expect(rankPriorities(world)).toEqual(simpleRanking(world));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees when many entries tie (every weight zero: one big tie, ordered by name then id)', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const zero = {
          ...world,
          settings: {
            ...world.settings,
            contactWeights: { strength: 0, leverage: 0, urgency: 0 },
            programWeights: { fit: 0, connection: 0, engagement: 0, interest: 0 },
          },
        };
        expect(rankPriorities(zero)).toEqual(simpleRanking(zero));
      }),
      { numRuns: 100 },
    );
  });
});
