/**
 * The user's message templates: the five built-ins, each possibly replaced by
 * an edited copy stored in Settings (`settings.templates`). The schema has no
 * templates table; edits are few and small, so they travel with the settings
 * row (and with its backup).
 */
import { MESSAGE_TEMPLATES, messageTemplateSchema, type MessageTemplate } from '../domain/playbook/templates';
import { parseOrThrow } from '../domain/validation';
import { db } from './db';
import { getSettings, updateSettings } from './profile-settings';

export interface TemplateEntry {
  /** What the app uses: the edit when there is one, else the built-in. */
  template: MessageTemplate;
  /** The built-in this entry stands for; null for a template the user made. */
  builtIn: MessageTemplate | null;
  edited: boolean;
}

const sameText = (a: MessageTemplate, b: MessageTemplate) =>
  a.name === b.name && a.purpose === b.purpose && a.subject === b.subject && a.body === b.body;

/** The built-ins in their order, each replaced by its edit, then any templates of the user's own. */
export function templatesWithEdits(edits: readonly MessageTemplate[]): TemplateEntry[] {
  const byId = new Map(edits.map((t) => [t.id, t]));
  const builtIns = MESSAGE_TEMPLATES.map((builtIn): TemplateEntry => {
    const edit = byId.get(builtIn.id);
    return { template: edit ?? builtIn, builtIn, edited: edit !== undefined };
  });
  const own = edits
    .filter((t) => !MESSAGE_TEMPLATES.some((b) => b.id === t.id))
    .map((template): TemplateEntry => ({ template, builtIn: null, edited: true }));
  return [...builtIns, ...own];
}

export async function listTemplates(): Promise<TemplateEntry[]> {
  return templatesWithEdits((await getSettings()).templates);
}

/**
 * Stores an edited template (validated; nothing is written when it fails). An
 * edit identical to its built-in is dropped, so "edited" always means changed.
 */
export async function saveTemplate(template: MessageTemplate, now = new Date()): Promise<MessageTemplate> {
  const valid = parseOrThrow('Template', messageTemplateSchema, template);
  return db.transaction('rw', db.settings, async () => {
    const { templates } = await getSettings();
    const builtIn = MESSAGE_TEMPLATES.find((b) => b.id === valid.id);
    const others = templates.filter((t) => t.id !== valid.id);
    const next = builtIn && sameText(builtIn, valid) ? others : [...others, valid];
    await updateSettings({ templates: next }, now);
    return valid;
  });
}

/** Drops the edit of a template, so the built-in is used again. Returns the edit that was removed (for Undo). */
export async function resetTemplate(id: string, now = new Date()): Promise<MessageTemplate | null> {
  return db.transaction('rw', db.settings, async () => {
    const { templates } = await getSettings();
    const removed = templates.find((t) => t.id === id) ?? null;
    if (removed) await updateSettings({ templates: templates.filter((t) => t.id !== id) }, now);
    return removed;
  });
}
