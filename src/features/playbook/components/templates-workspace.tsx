/**
 * The Templates screen: pick a template and who it is for, edit the filled-in
 * draft with live wording checks, send it from the mail app or copy it; edit
 * the template itself. The choices live in the URL (?template=&contact=&program=&event=&reminder=),
 * so a reminder can link straight to its draft.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { Field } from '../../../components/field';
import { resetTemplate, saveTemplate } from '../../../data/templates';
import { draftForReminder, type DraftSources } from '../../../domain/playbook/draft-sources';
import { renderTemplate } from '../../../domain/playbook/merge-fields';
import { CONTACT_ROLE_LABELS } from '../../../domain/vocabulary';
import { dayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';
import { useTemplateWorkspace } from '../hooks/use-template-workspace';
import { TemplateEditorDialog } from '../forms/template-editor-dialog';
import { DraftEditor } from './draft-editor';
import { ReminderCompletion, ReminderSummary } from './reminder-send-panel';
import './playbook.css';

export function TemplatesWorkspace() {
  const [params, setParams] = useSearchParams();
  const reminderId = params.get('reminder');
  const contactParam = params.get('contact');
  const programParam = params.get('program');
  const eventParam = params.get('event');
  const workspace = useTemplateWorkspace(contactParam, reminderId);
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState(false);

  if (!workspace) return <p className="muted" aria-busy="true">Loading templates…</p>;

  const { contacts, programs, events, interactions, profile, reminder, templates } = workspace;
  const sources: DraftSources = { contacts, programs, events, interactions, profile };
  const contactId = contactParam ?? reminder?.contactId ?? '';
  const contact = contacts.find((c) => c.id === contactId) ?? null;
  // The reminder's own links count only while the draft is for the reminder's contact.
  const forReminder = reminder && reminder.contactId === contactId ? reminder : null;
  const auto = draftForReminder(
    {
      kind: forReminder?.kind ?? 'custom',
      contactId: contact?.id ?? null,
      programId: forReminder?.programId ?? null,
      eventId: forReminder?.eventId ?? null,
      interactionId: forReminder?.interactionId ?? null,
    },
    sources,
  );
  const reminderTemplateId = reminder ? draftForReminder(reminder, sources).templateId : null;
  const entry =
    templates.find((t) => t.template.id === (params.get('template') ?? reminderTemplateId)) ?? templates[0];
  // draftForReminder hands back the very records it was given, so identity finds their ids.
  const programId = programParam ?? programs.find((p) => p === auto.context.program)?.id ?? '';
  const eventId = eventParam ?? events.find((e) => e === auto.context.event)?.id ?? '';
  const lastInteractionId = interactions.find((i) => i === auto.context.lastInteraction)?.id ?? '';
  const context = {
    ...auto.context,
    program: programs.find((p) => p.id === programId) ?? null,
    event: events.find((e) => e.id === eventId) ?? null,
  };
  const rendered = renderTemplate(entry.template, context);
  const draftKey = [
    entry.template.id,
    entry.template.subject,
    entry.template.body,
    contactId,
    programId,
    eventId,
    lastInteractionId,
  ].join('|');

  function choose(key: 'template' | 'contact' | 'program' | 'event', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
    setSent(false);
  }

  async function reset() {
    try {
      const removed = await resetTemplate(entry.template.id);
      if (!removed) return;
      showToast({
        message: `“${entry.builtIn?.name ?? removed.name}” is back to the original.`,
        action: { label: 'Undo', run: () => void saveTemplate(removed) },
      });
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'The template could not be reset.', tone: 'error' });
    }
  }

  const reminderContact = reminder ? (contacts.find((c) => c.id === reminder.contactId) ?? null) : null;

  return (
    <div className="stack">
      {reminderId && !reminder && (
        <p className="notice notice-warning" role="status">
          That reminder no longer exists (it may have been deleted). You can still write a draft here.
        </p>
      )}
      {reminder && <ReminderSummary reminder={reminder} />}
      <div className="templates-layout">
        <fieldset className="card template-list">
          <legend>Template</legend>
          {templates.map(({ template, edited }) => (
            <label key={template.id} className="template-option">
              <input
                type="radio"
                name="template"
                value={template.id}
                checked={template.id === entry.template.id}
                onChange={() => choose('template', template.id)}
              />
              <span className="template-option-text">
                <span className="template-option-name">
                  {template.name} {edited && <span className="badge">Edited</span>}
                </span>
                <span className="template-option-purpose">{template.purpose}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <section className="card draft-card" aria-labelledby="draft-heading">
          <div className="draft-head">
            <h2 id="draft-heading">{entry.template.name}</h2>
            <div className="row">
              <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
                Edit template
              </button>
              {entry.edited && entry.builtIn && (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => void reset()}>
                  Reset to default
                </button>
              )}
            </div>
          </div>

          <div className="draft-pickers">
            <Field className="draft-to" label="To" hint={contact ? [CONTACT_ROLE_LABELS[contact.role], contact.institution, contact.email || 'no email address'].filter(Boolean).join(' · ') : undefined}>
              <select value={contactId} onChange={(e) => choose('contact', e.target.value)}>
                <option value="">Pick a contact…</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.institution ? ` (${c.institution})` : ''}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Program (optional)">
              <select value={programId} onChange={(e) => choose('program', e.target.value)}>
                <option value="">None</option>
                {programs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Event (optional)">
              <select value={eventId} onChange={(e) => choose('event', e.target.value)}>
                <option value="">None</option>
                {events.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({dayLabel(e.startDate)})
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {contacts.length === 0 && (
            <EmptyState title="No contacts yet">Add a contact to fill the draft with their name and details.</EmptyState>
          )}

          <DraftEditor
            key={draftKey}
            rendered={rendered}
            recipient={contact ? { name: contact.name, email: contact.email } : null}
            onSent={() => setSent(true)}
          />
          {reminder && <ReminderCompletion reminder={reminder} contact={reminderContact} sent={sent} />}
        </section>
      </div>
      {editing && <TemplateEditorDialog template={entry.template} onClose={() => setEditing(false)} />}
    </div>
  );
}
