/**
 * The building blocks of the blueprint's checks: which roles, kinds and words
 * count as evidence, and the small helpers that turn counts into a stage.
 */
import type { Contact, Interaction } from '../entities';
import { RELATIONSHIP_STAGES, type ContactRole, type RelationshipStage } from '../vocabulary';
import { toLocalDate } from '../../lib/dates';
import type { BlueprintCheck, BlueprintStage, BlueprintStageId } from './blueprint';

export const IR_FACULTY_ROLES: ReadonlySet<ContactRole> = new Set<ContactRole>([
  'ir-attending',
  'program-director',
  'associate-pd',
  'division-chief',
]);
export const CONFERENCE_KINDS = new Set(['conference', 'regional-meeting']);
export const MEETING_KINDS = new Set(['meeting', 'shadowing']);
export const FOLLOW_UP_KINDS = new Set(['email', 'call', 'meeting', 'shadowing', 'social-media']);

export const INTEREST_GROUP = /\b(?:interest[\s-]+group|IRIG|IR[\s-]+club|radiology[\s-]+club)\b/i;
export const PROJECT =
  /\b(?:research|QI|quality[\s-]+improvement|projects?|case[\s-]+reports?|case[\s-]+series|manuscripts?|IRB|retrospective[\s-]+(?:review|study)|data[\s-]+collection|literature[\s-]+(?:search|review)|co-?authors?)\b/i;
/** "Research" alone in a summary usually means a topic ("talked about embolization research"), so text needs more. */
export const PROJECT_IN_TEXT =
  /\b(?:QI|quality[\s-]+improvement|projects?|case[\s-]+reports?|case[\s-]+series|manuscripts?|IRB|retrospective[\s-]+(?:review|study)|data[\s-]+collection|literature[\s-]+(?:search|review)|co-?author(?:s|ed|ing)?|research[\s-]+(?:assistant|position|role|team|year|study|with))\b/i;
/** First-person presenting: "I presented", "our poster", not "Dr. Lee presented". */
export const PRESENTED =
  /\b(?:(?:I|we)\s+(?:presented|gave\s+(?:a|my|our)\s+(?:talk|poster|presentation))|presented\s+(?:my|our)|(?:my|our)\s+(?:e-?poster|poster|abstract|oral\s+presentation|talk))\b/i;

// ---------------------------------------------------------------- helpers

export const stageIndex = (stage: RelationshipStage) => RELATIONSHIP_STAGES.indexOf(stage);
export const isMentor = (c: Contact) => stageIndex(c.stage) >= stageIndex('mentor');
export const interactionText = (i: Interaction) => `${i.summary}\n${i.notes}\n${i.learned}\n${i.nextStep}`;
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function check(id: string, label: string, done: number, target: number): BlueprintCheck {
  return { id, label, done, target, complete: done >= target };
}

export function ratio(c: BlueprintCheck): number {
  return c.target <= 0 ? 1 : Math.min(c.done, c.target) / c.target;
}

export interface StageDraft {
  id: BlueprintStageId;
  name: string;
  summary: string;
  /** Checks in the order their steps should be taken, each with the step that would move it. */
  checks: { check: BlueprintCheck; step: string }[];
}

export function finish(draft: StageDraft): BlueprintStage {
  const checks = draft.checks.map((c) => c.check);
  const progress = checks.length === 0 ? 100 : Math.round((100 * checks.reduce((sum, c) => sum + ratio(c), 0)) / checks.length);
  const next = draft.checks.find((c) => !c.check.complete);
  return { id: draft.id, name: draft.name, summary: draft.summary, progress, checks, nextStep: next?.step ?? null };
}

/** Local day each interaction happened; those after `today` are left out (planned, not held). Oldest first. */
export function heldInteractions(interactions: readonly Interaction[], today: string): { interaction: Interaction; day: string }[] {
  // Each instant is parsed once, not once per comparison: this runs over every interaction the user has.
  return interactions
    .map((interaction) => ({ interaction, day: toLocalDate(interaction.occurredAt), at: Date.parse(interaction.occurredAt) }))
    .filter(({ day }) => day <= today)
    .sort((a, b) => a.at - b.at || a.interaction.id.localeCompare(b.interaction.id))
    .map(({ interaction, day }) => ({ interaction, day }));
}
