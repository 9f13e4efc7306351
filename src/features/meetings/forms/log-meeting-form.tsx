/**
 * The Log meeting form. Built for speed from the keyboard: focus starts in the
 * contact box; type a few letters, Enter picks, Tab reaches the summary, and
 * Ctrl+Enter (⌘+Enter) saves from anywhere in the form. Plain Enter in a text
 * box never saves half a meeting.
 *
 * The proposed reminders are re-read as the meeting takes shape; the user's
 * ticks and edits are kept by proposal key. Saving writes the interaction, the
 * kept reminders and any new contacts in one transaction; when that fails,
 * everything typed stays and the error is shown.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { TextWarnings, selectInField } from '../../../components/text-warnings';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { logInteraction, planFollowUpsFor } from '../../../data/log-interaction';
import { joinNames } from '../../../domain/follow-ups/reminder-draft';
import {
  keptReminders,
  meetingFormSchema,
  occurredAtQuestion,
  reviewProposals,
  rulesInputOf,
  toInteractionFields,
  type MeetingFormOutput,
  type MeetingFormValues,
  type ProposalChoice,
} from '../../../domain/meeting-form';
import type { FieldIssue } from '../../../domain/validation';
import { INTERACTION_KINDS, INTERACTION_KIND_LABELS } from '../../../domain/vocabulary';
import { shortDayLabel } from '../../../lib/date-format';
import { useToday } from '../../../lib/use-today';
import { showToast } from '../../../stores/toast-store';
import type { MeetingChoices } from '../hooks/use-meeting-choices';
import { proposalKey, useProposedReminders } from '../hooks/use-proposed-reminders';
import { useProgramFromContacts } from '../hooks/use-program-from-contacts';
import { CommitmentsEditor } from './commitments-editor';
import { ContactCombobox } from './contact-combobox';
import { checkPatientData, withoutPatientData } from '../../../domain/playbook/patient-data-check';
import { PatientDataConfirm } from './patient-data-confirm';
import { ProposedAdvances } from './proposed-advances';
import { ProposedReminders } from './proposed-reminders';
import { MeetingFormFooter, QuickWhenButtons, type SaveButtonHandle } from './meeting-form-footer';
import { quickWhen } from '../../../domain/meeting-preset';
import { ScanContact } from '../components/scan-contact';

interface LogMeetingFormProps {
  choices: MeetingChoices;
  defaultValues: MeetingFormValues;
  /** Called after a successful save. */
  onSaved: () => void;
  onCancel: () => void;
  /** Kept current with whether the form holds unsaved input, so closing can ask first. */
  dirtyRef?: RefObject<boolean>;
  /** People to offer first in the contact box (a program's, when logging from its page). */
  preferredContactIds?: readonly string[];
  /** The reminder the user is acting on: marked done with the save unless they untick it. */
  reminderToComplete?: { id: string; title: string } | null;
}

/** The free-text fields checked for patient identifiers before saving (and each commitment's text). */
const TEXT_FIELDS = ['summary', 'notes', 'learned', 'nextStep'] as const;

/** The name of the performance measure around the Log meeting write (read by the bench). */
export const SAVE_MEASURE = 'rapport:log-meeting-write';

export function LogMeetingForm({ choices, defaultValues, onSaved, onCancel, dirtyRef, preferredContactIds, reminderToComplete = null }: LogMeetingFormProps) {
  const id = useId();
  const today = useToday();
  const form = useForm<MeetingFormValues, unknown, MeetingFormOutput>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = form;
  // A save in flight (a second Ctrl+Enter or click must not log the meeting twice). Kept out of form
  // state on purpose: a state change re-renders the whole form, and that render competed with the write.
  const savingRef = useRef(false);
  const saveButton = useRef<SaveButtonHandle>(null);
  const [proposalChoices, setProposalChoices] = useState<Record<string, ProposalChoice>>({});
  const [proposalIssues, setProposalIssues] = useState<Record<string, FieldIssue[]>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [completeReminder, setCompleteReminder] = useState(true);
  const preferredIds = useMemo(() => new Set(preferredContactIds ?? []), [preferredContactIds]);
  const [declinedAdvances, setDeclinedAdvances] = useState<ReadonlySet<string>>(new Set());
  // The far-ahead When the user was asked about: saving again with the same value keeps it.
  const confirmedWhen = useRef<string | null>(null);
  // Likely patient identifiers found at Save: the user removes them or saves anyway (then this is null and `allowPatientData` set).
  const [patientData, setPatientData] = useState<string[] | null>(null);
  const allowPatientData = useRef(false);
  const notesRef = useRef<HTMLTextAreaElement | null>(null);

  const dirty = isDirty || Object.keys(proposalChoices).length > 0 || declinedAdvances.size > 0;
  useUnsavedChanges(dirty);
  useEffect(() => {
    if (dirtyRef) dirtyRef.current = dirty;
  }, [dirty, dirtyRef]);

  useEffect(() => {
    // The dialog may have opened before the contacts loaded; start in the contact box either way.
    form.setFocus('contacts');
  }, [form]);

  const values = useWatch({ control, compute: (all: MeetingFormValues) => all });
  const rulesInput = rulesInputOf(values);
  const newContacts = useMemo(
    () => values.contacts.filter((c) => c.isNew).map((c) => ({ id: c.id, name: c.name })),
    [values.contacts],
  );
  const proposed = useProposedReminders(rulesInput, newContacts, today);
  const proposals = proposed?.proposals;
  const reviewed = useMemo(
    () => (proposals === undefined ? undefined : reviewProposals(proposals, proposalChoices)),
    [proposals, proposalChoices],
  );

  async function save(output: MeetingFormOutput) {
    setSaveError(null);
    const input = rulesInputOf(values);
    const newPeople = output.contacts.filter((c) => c.isNew);
    try {
      // The proposals on screen, when they answer exactly what is being saved; read again when they are a keystroke behind.
      const current = proposed !== undefined && proposed.key === proposalKey(input, newPeople.map((c) => ({ id: c.id, name: c.name })), today)
          ? proposed
          : undefined;
      const fresh =
        current ?? (input === null ? { proposals: [], advances: [] } : await planFollowUpsFor(input, new Date(), newPeople));
      const kept = keptReminders(reviewProposals(fresh.proposals, proposalChoices));
      if (!kept.ok) {
        setProposalIssues(kept.issues);
        setSaveError('Check the reminders below: a title or date needs fixing.');
        return;
      }
      // Only when there were issues: a new empty object would re-render the whole form on the way to the write.
      setProposalIssues((current) => (Object.keys(current).length === 0 ? current : {}));
      // A performance mark around the write, so `npm run bench` can tell the transaction from the rest of a save.
      performance.mark(`${SAVE_MEASURE}:start`);
      const logged = await logInteraction(toInteractionFields(output), kept.drafts, new Date(), {
        newContacts: newPeople.map((c) => ({ id: c.id, fields: { name: c.name, role: c.role }, details: c.details })),
        advances: fresh.advances.filter((a) => !declinedAdvances.has(a.contactId)),
        completeReminderId: reminderToComplete && completeReminder ? reminderToComplete.id : undefined,
      });
      performance.measure(SAVE_MEASURE, `${SAVE_MEASURE}:start`);
      const count = logged.reminders.length;
      showToast({
        tone: 'success',
        message:
          `Logged ${INTERACTION_KIND_LABELS[output.kind].toLowerCase()} with ${joinNames(output.contacts.map((c) => c.name))}` +
          ` · ${count === 0 ? 'no reminders' : count === 1 ? '1 reminder' : `${count} reminders`}`,
      });
      onSaved();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }

  // The valid case is the common one, and the save is timed from the click: validate once and save,
  // with no form-state updates on the way (each one re-renders every field). When anything is wrong,
  // react-hook-form takes over to show the errors beside their fields and focus the first.
  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (savingRef.current) return;
    const parsed = Object.keys(errors).length === 0 ? meetingFormSchema.safeParse(form.getValues()) : null;
    const when = form.getValues('occurredAt');
    const question = occurredAtQuestion(when, new Date());
    if (question !== null && confirmedWhen.current !== when) {
      confirmedWhen.current = when;
      form.setError('occurredAt', { type: 'far-ahead', message: question }, { shouldFocus: true });
      return;
    }
    const texts = [...TEXT_FIELDS.map((field) => form.getValues(field)), ...form.getValues('commitments').map((c) => c.text)];
    const flagged = texts.flatMap((text) => checkPatientData(text).map((f) => f.phrase));
    if (flagged.length > 0 && !allowPatientData.current) {
      setPatientData(flagged);
      return;
    }
    savingRef.current = true;
    saveButton.current?.setBusy(true);
    try {
      if (parsed?.success) await save(parsed.data);
      else await handleSubmit(save)();
    } finally {
      savingRef.current = false;
      saveButton.current?.setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void submit();
      return;
    }
    // No implicit submission from a single-line box: a stray Enter must not save half a meeting.
    const target = event.target;
    if (target instanceof HTMLInputElement && !['submit', 'button', 'checkbox', 'radio'].includes(target.type)) {
      event.preventDefault();
    }
  }

  const notesWarningId = `${id}-notes-warnings`;
  const notesField = register('notes');
  const eventChoices = choices.events;
  // Built once per list: a power user has hundreds of programs, and the form re-renders on every keystroke and on submit.
  const programOptions = useMemo(
    () =>
      choices.programs.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      )),
    [choices.programs],
  );

  return (
    <FormProvider {...form}>
      <ProgramFollowsContacts choices={choices.contacts} />
      <form className="log-meeting-form" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} aria-describedby={`${id}-keys`}>
        <ScanContact choices={choices} />
        <Controller
          control={control}
          name="contacts"
          render={({ field, fieldState }) => (
            <ContactCombobox
              label="Contacts"
              value={field.value}
              onChange={(next) => field.onChange(next)}
              onBlur={field.onBlur}
              inputRef={field.ref}
              choices={choices.contacts}
              error={fieldState.error?.message}
              preferredIds={preferredIds}
            />
          )}
        />
        <CheckedField label="Summary" error={errors.summary?.message} hint="One line: what you talked about." text={values.summary} subject="summary">
          <input type="text" autoComplete="off" {...register('summary')} />
        </CheckedField>
        <div className="form-grid">
          <Field label="Kind" error={errors.kind?.message}>
            <select {...register('kind')}>
              {INTERACTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {INTERACTION_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </Field>
          <div>
            <Field label="When" error={errors.occurredAt?.message}>
              <input type="datetime-local" {...register('occurredAt')} />
            </Field>
            <QuickWhenButtons onPick={(choice) => form.setValue('occurredAt', quickWhen(choice, new Date()), { shouldDirty: true, shouldValidate: true })} />
          </div>
          <Field label="Program" error={errors.programId?.message}>
            <select {...register('programId')}>
              <option value="">None</option>
              {programOptions}
            </select>
          </Field>
          <Field label="Event" error={errors.eventId?.message}>
            <select {...register('eventId')}>
              <option value="">None</option>
              {eventChoices.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} ({shortDayLabel(e.startDate)})
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Notes" error={errors.notes?.message}>
          <textarea
            rows={3}
            aria-describedby={notesWarningId}
            {...notesField}
            ref={(node) => {
              notesField.ref(node);
              notesRef.current = node;
            }}
          />
        </Field>
        <TextWarnings
          id={notesWarningId}
          text={values.notes}
          checks={['patient-data']}
          subject="note"
          onLocate={(start, end) => selectInField(notesRef.current, start, end)}
        />
        <div className="form-grid">
          <CheckedField label="What I learned" error={errors.learned?.message} text={values.learned} subject="note">
            <textarea rows={2} {...register('learned')} />
          </CheckedField>
          <CheckedField label="Next step" error={errors.nextStep?.message} text={values.nextStep} subject="next step">
            <textarea rows={2} {...register('nextStep')} />
          </CheckedField>
        </div>
        <CommitmentsEditor />
        <ProposedAdvances
          advances={proposed?.advances ?? []}
          declined={declinedAdvances}
          onToggle={(contactId, keep) =>
            setDeclinedAdvances((current) => {
              const next = new Set(current);
              if (keep) next.delete(contactId);
              else next.add(contactId);
              return next;
            })
          }
        />
        <ProposedReminders
          reviewed={reviewed}
          waitingFor={
            values.contacts.length === 0
              ? 'Add a contact to see the follow-ups Rapport suggests.'
              : rulesInput === null
                ? 'Enter when it happened to see the follow-ups.'
                : null
          }
          issues={proposalIssues}
          today={today}
          cadenceMoves={proposed?.cadenceMoves}
          onChange={(key, choice) => {
            setProposalChoices((current) => ({ ...current, [key]: { ...current[key], ...choice } }));
            setProposalIssues((current) => {
              if (!current[key]) return current;
              const { [key]: _dropped, ...rest } = current;
              return rest;
            });
          }}
        />
        {patientData && (
          <PatientDataConfirm
            phrases={patientData}
            onRemove={() => {
              for (const field of TEXT_FIELDS) {
                const value = form.getValues(field);
                const cleaned = withoutPatientData(value);
                if (cleaned !== value) form.setValue(field, cleaned, { shouldDirty: true });
              }
              form.getValues('commitments').forEach(({ text }, i) => {
                if (withoutPatientData(text) !== text) form.setValue(`commitments.${i}.text`, withoutPatientData(text), { shouldDirty: true });
              });
              setPatientData(null);
              showToast({ message: 'Removed. Check the note, then save.' });
            }}
            onSaveAnyway={() => {
              allowPatientData.current = true;
              setPatientData(null);
              void submit();
            }}
          />
        )}
        {saveError && (
          <div className="notice notice-danger save-error" role="alert">
            <strong>Not saved.</strong> {saveError} Everything you typed is still here.
          </div>
        )}
        <MeetingFormFooter
          id={id}
          saveRef={saveButton}
          onSave={() => void submit()}
          onCancel={onCancel}
          reviewed={reviewed}
          advances={proposed?.advances ?? []}
          declinedAdvances={declinedAdvances}
          reminder={reminderToComplete}
          completeReminder={completeReminder}
          onCompleteReminderChange={setCompleteReminder}
        />
      </form>
    </FormProvider>
  );
}

/** Renders nothing: fills the program from the chosen people (see useProgramFromContacts). */
function ProgramFollowsContacts({ choices }: { choices: MeetingChoices['contacts'] }) {
  useProgramFromContacts(choices);
  return null;
}
