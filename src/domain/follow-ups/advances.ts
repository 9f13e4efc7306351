/**
 * Stage and how-met advances proposed after a logged interaction: a first
 * email moves an "Identified" contact to "Contacted", a first conversation to
 * "Met", and the first interaction on record says how you met. The dialog
 * shows each one ticked, so the user can keep or drop it; nothing ever moves a
 * contact back.
 */
import type { Contact } from '../entities';
import {
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
  HOW_MET_LABELS,
  type HowMet,
  type InteractionKind,
  type RelationshipStage,
} from '../vocabulary';
import { isNewContact, type ContactHistory, type InteractionForRules } from './rules';

/** Kinds where the user spoke with the person: they have met. */
export const MET_KINDS: readonly InteractionKind[] = [
  'meeting',
  'shadowing',
  'call',
  'conference-conversation',
  'poster-visit',
  'interview-day',
];
/** Kinds where the user reached out without speaking: they have made contact. */
export const CONTACTED_KINDS: readonly InteractionKind[] = ['email', 'social-media'];

/** How you met, read from the kind of the first interaction; kinds that do not say are missing. */
export const HOW_MET_BY_KIND: Partial<Record<InteractionKind, HowMet>> = {
  'conference-conversation': 'conference',
  'poster-visit': 'conference',
  'interview-day': 'interview',
  'virtual-open-house': 'online',
  'social-media': 'online',
  email: 'online',
};

export type AdvanceContact = Pick<Contact, 'id' | 'name' | 'stage' | 'howMet'>;

/** One contact's proposed changes; at least one of `stage` and `howMet` is set. */
export interface ContactAdvance {
  contactId: string;
  name: string;
  stage: { from: RelationshipStage; to: RelationshipStage } | null;
  howMet: HowMet | null;
  /** "Stage: Identified → Met; how you met: Conference". */
  label: string;
}

/**
 * The advances for each contact of the interaction, in its contact order:
 * the stage moves up to "Met" (a conversation) or "Contacted" (an email or
 * message) when it is below that; how-met is filled in when it is empty and
 * this is the first interaction on record with them. Contacts not passed are
 * skipped.
 */
export function proposeContactAdvances(
  interaction: InteractionForRules,
  contacts: readonly AdvanceContact[],
  history: Readonly<Record<string, ContactHistory>>,
): ContactAdvance[] {
  const target: RelationshipStage | null = MET_KINDS.includes(interaction.kind)
    ? 'met'
    : CONTACTED_KINDS.includes(interaction.kind)
      ? 'contacted'
      : null;
  const advances: ContactAdvance[] = [];
  for (const id of new Set(interaction.contactIds)) {
    const contact = contacts.find((c) => c.id === id);
    if (!contact) continue;
    const stage =
      target !== null && stageRank(contact.stage) < stageRank(target) ? { from: contact.stage, to: target } : null;
    const fromKind = HOW_MET_BY_KIND[interaction.kind] ?? null;
    const howMet = contact.howMet === null && fromKind !== null && isNewContact(history[id], interaction) ? fromKind : null;
    if (stage === null && howMet === null) continue;
    const parts = [
      stage ? `stage ${RELATIONSHIP_STAGE_LABELS[stage.from]} → ${RELATIONSHIP_STAGE_LABELS[stage.to]}` : null,
      howMet ? `how you met: ${HOW_MET_LABELS[howMet]}` : null,
    ].filter((p): p is string => p !== null);
    const text = parts.join('; ');
    advances.push({ contactId: id, name: contact.name, stage, howMet, label: text.charAt(0).toUpperCase() + text.slice(1) });
  }
  return advances;
}

/** The contact with an advance applied: the stage only ever moves up, how-met only fills a gap. */
export function applyAdvance<C extends Pick<Contact, 'stage' | 'howMet'>>(contact: C, advance: ContactAdvance): C {
  const stage = advance.stage && stageRank(contact.stage) < stageRank(advance.stage.to) ? advance.stage.to : contact.stage;
  const howMet = contact.howMet ?? advance.howMet;
  return stage === contact.stage && howMet === contact.howMet ? contact : { ...contact, stage, howMet };
}

function stageRank(stage: RelationshipStage): number {
  return RELATIONSHIP_STAGES.indexOf(stage);
}
