/** Stage and how-met advances proposed after an interaction. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyAdvance, proposeContactAdvances } from '../../../src/domain/follow-ups/advances';
import type { ContactHistory } from '../../../src/domain/follow-ups/rules';
import { HOW_MET, INTERACTION_KINDS, RELATIONSHIP_STAGES, type HowMet, type InteractionKind, type RelationshipStage } from '../../../src/domain/vocabulary';
import { interaction, localInstant } from './fixtures';

const at = localInstant(2026, 12, 1, 10);
const person = (stage: RelationshipStage, howMet: HowMet | null = null) => ({ id: 'c-1', name: 'Dr. Ines Varga', stage, howMet });
const emailedBefore: ContactHistory = { priorInteractions: [{ id: 'i0', kind: 'email', occurredAt: localInstant(2026, 6, 1) }] };

describe('proposeContactAdvances', () => {
  const cases: {
    name: string;
    kind: InteractionKind;
    stage: RelationshipStage;
    howMet?: HowMet;
    history?: ContactHistory;
    expected: { stage: [RelationshipStage, RelationshipStage] | null; howMet: HowMet | null; label: string } | null;
  }[] = [
    { name: 'conference chat with a new person: Met, and met at a conference', kind: 'conference-conversation', stage: 'identified', expected: { stage: ['identified', 'met'], howMet: 'conference', label: 'Stage Identified → Met; how you met: Conference' } },
    { name: 'poster visit: conference too', kind: 'poster-visit', stage: 'identified', expected: { stage: ['identified', 'met'], howMet: 'conference', label: 'Stage Identified → Met; how you met: Conference' } },
    { name: 'first email: Contacted, met online', kind: 'email', stage: 'identified', expected: { stage: ['identified', 'contacted'], howMet: 'online', label: 'Stage Identified → Contacted; how you met: Online' } },
    { name: 'meeting with an Identified contact: Met; a meeting does not say how you met', kind: 'meeting', stage: 'identified', expected: { stage: ['identified', 'met'], howMet: null, label: 'Stage Identified → Met' } },
    { name: 'meeting with a Contacted contact: Met', kind: 'meeting', stage: 'contacted', history: emailedBefore, expected: { stage: ['contacted', 'met'], howMet: null, label: 'Stage Contacted → Met' } },
    { name: 'call: a conversation, so Met', kind: 'call', stage: 'contacted', history: emailedBefore, expected: { stage: ['contacted', 'met'], howMet: null, label: 'Stage Contacted → Met' } },
    { name: 'interview day: Met, met at an interview', kind: 'interview-day', stage: 'identified', expected: { stage: ['identified', 'met'], howMet: 'interview', label: 'Stage Identified → Met; how you met: Interview' } },
    { name: 'email to someone already Met: no change (never moves back)', kind: 'email', stage: 'met', history: emailedBefore, expected: null },
    { name: 'meeting with a mentor: no change', kind: 'meeting', stage: 'mentor', history: emailedBefore, expected: null },
    { name: 'how-met already recorded: kept', kind: 'conference-conversation', stage: 'identified', howMet: 'research', expected: { stage: ['identified', 'met'], howMet: null, label: 'Stage Identified → Met' } },
    { name: 'not the first interaction: how-met is not guessed', kind: 'conference-conversation', stage: 'contacted', history: emailedBefore, expected: { stage: ['contacted', 'met'], howMet: null, label: 'Stage Contacted → Met' } },
    { name: 'virtual open house, first touch: only how-met', kind: 'virtual-open-house', stage: 'identified', expected: { stage: null, howMet: 'online', label: 'How you met: Online' } },
    { name: '"other": nothing', kind: 'other', stage: 'identified', expected: null },
  ];
  it.each(cases)('$name', ({ kind, stage, howMet, history, expected }) => {
    const advances = proposeContactAdvances(interaction(kind, at, ['c-1']), [person(stage, howMet ?? null)], history ? { 'c-1': history } : {});
    if (expected === null) {
      expect(advances).toEqual([]);
      return;
    }
    expect(advances).toHaveLength(1);
    const [advance] = advances;
    expect(advance.stage ? [advance.stage.from, advance.stage.to] : null).toEqual(expected.stage);
    expect(advance.howMet).toBe(expected.howMet);
    expect(advance.label).toBe(expected.label);
  });

  it('skips contacts it was not given and lists each contact once', () => {
    const advances = proposeContactAdvances(interaction('meeting', at, ['c-1', 'c-1', 'c-gone']), [person('identified')], {});
    expect(advances.map((a) => a.contactId)).toEqual(['c-1']);
  });

  it('property: applying an advance never lowers the stage and never overwrites a recorded how-met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERACTION_KINDS),
        fc.constantFrom(...RELATIONSHIP_STAGES),
        fc.option(fc.constantFrom(...HOW_MET)),
        fc.boolean(),
        (kind, stage, howMet, isNew) => {
          const contact = person(stage, howMet);
          const [advance] = proposeContactAdvances(interaction(kind, at, ['c-1']), [contact], isNew ? {} : { 'c-1': emailedBefore });
          if (!advance) return;
          const after = applyAdvance(contact, advance);
          expect(RELATIONSHIP_STAGES.indexOf(after.stage)).toBeGreaterThanOrEqual(RELATIONSHIP_STAGES.indexOf(stage));
          if (howMet !== null) expect(after.howMet).toBe(howMet);
        },
      ),
    );
  });
});
