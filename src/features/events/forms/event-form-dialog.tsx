/**
 * Create or edit an event: name, kind, dates, place, the people to meet there,
 * sessions to attend and notes. Saving writes the event and the outreach
 * reminders for its targets (14 to 7 days before, from Settings) together.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactSearch, describeContact } from '../../../components/contact-search';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { TextWarnings } from '../../../components/text-warnings';
import { RecordFormDialog } from '../../../components/record-form-dialog';
import { saveEvent, type SavedEvent } from '../../../data/event-plans';
import { eventFieldsSchema, type Contact, type EventFields, type RapportEvent } from '../../../domain/entities';
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../../domain/vocabulary';
import { showToast } from '../../../stores/toast-store';

interface EventFormDialogProps {
  /** The event to edit; absent for a new one. */
  event?: RapportEvent;
  contacts: readonly Contact[];
  onClose: () => void;
  onSaved?: (saved: SavedEvent) => void;
}

function defaults(event: RapportEvent | undefined): EventFields {
  return {
    name: event?.name ?? '',
    kind: event?.kind ?? 'conference',
    startDate: event?.startDate ?? '',
    endDate: event?.endDate ?? '',
    place: event?.place ?? '',
    targetContactIds: event?.targetContactIds ?? [],
    sessions: event?.sessions ?? [],
    notes: event?.notes ?? '',
  };
}

/** What the toast says about the outreach written. */
function outreachMessage({ outreach }: SavedEvent): string {
  const planned = outreach.created.length + outreach.updated.length;
  if (planned === 0) return '';
  return ` ${planned} outreach ${planned === 1 ? 'reminder' : 'reminders'} ${outreach.created.length === planned ? 'added' : 'planned'}.`;
}

export function EventFormDialog({ event, contacts, onClose, onSaved }: EventFormDialogProps) {
  const { register, handleSubmit, control, setValue, formState } = useForm({
    resolver: zodResolver(eventFieldsSchema),
    defaultValues: defaults(event),
  });
  const { errors, isDirty, isSubmitting } = formState;
  const [targetIds = [], sessions = [], notes = '', name = '', place = ''] = useWatch({
    control,
    name: ['targetContactIds', 'sessions', 'notes', 'name', 'place'],
  });
  const sessionsWarningsId = useId();
  const [session, setSession] = useState('');
  const sessionInput = useRef<HTMLInputElement>(null);
  const notesWarningsId = useId();
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const picked = useMemo(() => new Set(targetIds), [targetIds]);

  function setTargets(ids: string[]) {
    setValue('targetContactIds', ids, { shouldDirty: true });
  }
  function setSessions(list: string[]) {
    setValue('sessions', list, { shouldDirty: true });
  }
  function addSession() {
    const text = session.trim();
    if (text === '') return;
    setSessions([...sessions, text]);
    setSession('');
    sessionInput.current?.focus();
  }

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await saveEvent(values, { id: event?.id ?? null, now: new Date() });
      showToast({ message: `“${saved.event.name}” saved.${outreachMessage(saved)}`, tone: 'success' });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'The event could not be saved.', tone: 'error' });
    }
  });

  return (
    <RecordFormDialog
      title={event ? 'Edit event' : 'New event'}
      dirty={isDirty}
      onClose={onClose}
      onSubmit={(e) => {
        // A session typed but not added yet is still meant to be saved.
        if (session.trim() !== '') {
          setSessions([...sessions, session.trim()]);
          setSession('');
        }
        void onSubmit(e);
      }}
      submitLabel={event ? 'Save changes' : 'Save event'}
      busy={isSubmitting}
      formClassName="event-form"
      gridClassName={null}
    >
      <CheckedField
        label="Name"
        error={errors.name?.message}
        hint="For example: SIR Annual Scientific Meeting, a regional chapter, RSNA."
        text={name}
        subject="name"
      >
        <input {...register('name')} />
      </CheckedField>
      <div className="event-form-grid">
        <Field label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {EVENT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <CheckedField label="Place" error={errors.place?.message} text={place} subject="place">
          <input {...register('place')} placeholder="City, or Online" />
        </CheckedField>
        <Field label="First day" error={errors.startDate?.message}>
          <input type="date" {...register('startDate')} />
        </Field>
        <Field label="Last day" error={errors.endDate?.message}>
          <input type="date" {...register('endDate')} />
        </Field>
      </div>

      <fieldset className="event-form-section">
        <legend>People to meet there</legend>
        <p className="muted event-form-help">
          Each person gets a reminder to write a short note 14 to 7 days before the event (change the window in Settings).
        </p>
        {targetIds.length > 0 && (
          <ul className="plain-list chip-list" aria-label="People to meet">
            {targetIds.map((id) => {
              const contact = byId.get(id);
              const name = contact?.name ?? 'A deleted contact';
              return (
                <li key={id} className="chip">
                  <span>
                    <strong>{name}</strong>
                    {contact && <span className="muted"> · {describeContact(contact)}</span>}
                  </span>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    aria-label={`Remove ${name}`}
                    onClick={() => setTargets(targetIds.filter((t) => t !== id))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <ContactSearch
          contacts={contacts}
          label="Add a person"
          hint={contacts.length === 0 ? 'Add contacts first; then pick them here.' : 'Type a name, institution or role.'}
          exclude={picked}
          onPick={(contact) => setTargets([...targetIds, contact.id])}
          error={errors.targetContactIds?.message}
        />
      </fieldset>

      <fieldset className="event-form-section">
        <legend>Sessions to attend</legend>
        {sessions.length > 0 && (
          <ol className="session-list" aria-label="Sessions to attend">
            {sessions.map((s, index) => (
              <li key={`${index}-${s}`}>
                <span>{s}</span>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={`Remove session ${s}`}
                  onClick={() => setSessions(sessions.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="session-add">
          <Field label="Add a session" error={errors.sessions?.message ?? errors.sessions?.[sessions.length - 1]?.message}>
            <input
              ref={sessionInput}
              aria-describedby={sessionsWarningsId}
              value={session}
              onChange={(e) => setSession(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addSession();
                }
              }}
              placeholder="e.g. Medical student and resident symposium"
            />
          </Field>
          <button type="button" className="btn" onClick={addSession} disabled={session.trim() === ''}>
            Add session
          </button>
        </div>
        <TextWarnings id={sessionsWarningsId} text={[...sessions, session].join('\n')} checks={['patient-data']} subject="list of sessions" />
      </fieldset>

      <div>
        <Field label="Notes" error={errors.notes?.message}>
          <textarea {...register('notes')} rows={4} aria-describedby={notesWarningsId} />
        </Field>
        <TextWarnings id={notesWarningsId} text={notes} checks={['patient-data']} subject="note" />
      </div>
    </RecordFormDialog>
  );
}
