/**
 * Create or edit a contact. Validation is the domain schema (zod) through
 * react-hook-form, so every message appears next to its field and nothing is
 * written until the whole entry is valid. On create, a likely duplicate is
 * pointed out before saving, with a way to open or merge into it. A failed
 * write keeps the dialog open with everything the user typed.
 */
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { storageErrorMessage } from '../../../data/storage-errors';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { TextWarnings } from '../../../components/text-warnings';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useDiscardGuard } from '../../../components/discard-guard';
import { DeletedElsewhereNotice } from '../../../components/deleted-elsewhere-notice';
import type { Contact } from '../../../domain/entities';
import { collectTags } from '../../../domain/contact-list';
import type { DuplicateMatch } from '../../../domain/contact-duplicates';
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  HOW_MET,
  HOW_MET_LABELS,
  LETTER_STATUSES,
  LETTER_STATUS_LABELS,
  MENTOR_SIGNALS,
  MENTOR_SIGNAL_LABELS,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
} from '../../../domain/vocabulary';
import { createContact, findLikelyDuplicateContacts, mergeIntoContact, updateContact } from '../../../data/contacts';
import { showToast } from '../../../stores/toast-store';
import { useAllPrograms, useContactsByName, useLikelyDuplicates } from '../hooks/use-contacts';
import { ContactPicker } from './contact-picker';
import { contactAsText, contactEntryFrom, contactFieldsFromForm, contactFormSchema, contactFormValues, type ContactFormInput, type ContactFormValues } from './contact-form-values';
import { ContactPointsFields } from './contact-points-fields';
import { DuplicateNotice } from './duplicate-notice';
import { ProgramChecklist } from './program-checklist';
import { TagInput } from './tag-input';
import '../../../components/record-layout.css';
import '../components/contacts.css';
import { recordPath } from '../../../lib/record-links';
import { linkedInProfile, nameFromSlug } from '../../../domain/capture/qr-payload';

/** A number field left half-typed gives NaN; say what is expected instead of zod's wording. */
function numberMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'invalid_type' ? 'Enter a whole number of days, or leave it empty' : error.message;
}

const emptyToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

interface ContactFormDialogProps {
  /** The contact to edit; omit to create a new one. */
  contact?: Contact;
  /**
   * The contact being edited was deleted elsewhere (another tab or window) while
   * the form was open: the typed input stays, and Save creates a new contact.
   */
  deleted?: boolean;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

export function ContactFormDialog({ contact, deleted = false, onClose, onSaved }: ContactFormDialogProps) {
  const isEdit = contact !== undefined && !deleted;
  const navigate = useNavigate();
  const contacts = useContactsByName();
  const programs = useAllPrograms();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [blockedMatches, setBlockedMatches] = useState<DuplicateMatch[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [nameGuessedFrom, setNameGuessedFrom] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const {
    register,
    control,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors, isDirty },
  } = useForm<ContactFormInput, unknown, ContactFormValues>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: contactFormValues(contact),
  });
  // While the form holds typed input, an app update waits and closing the tab asks first.
  useUnsavedChanges(isDirty);
  const { requestClose, discardQuestion } = useDiscardGuard(isDirty, onClose, isEdit ? 'these changes' : 'this contact');

  const [name, email, institution, notes, title] = useWatch({ control, name: ['name', 'email', 'institution', 'notes', 'title'] });
  const notesWarningsId = useId();
  const candidate = {
    name: useDeferredValue(isEdit ? '' : (name ?? '')),
    email: useDeferredValue(isEdit ? '' : (email ?? '')),
    institution: useDeferredValue(institution ?? ''),
  };
  const liveMatches = useLikelyDuplicates(candidate, contact?.id ?? null);
  const matches = liveMatches.length > 0 ? liveMatches : (blockedMatches ?? []);

  useEffect(() => {
    if (blockedMatches) noticeRef.current?.focus();
  }, [blockedMatches]);

  const tagSuggestions = collectTags(contacts ?? []);
  const interestSuggestions = collectTags((contacts ?? []).map((c) => ({ tags: c.interests })));

  async function save(formValues: ContactFormValues, allowDuplicate: boolean) {
    const values = contactFieldsFromForm(formValues);
    setSubmitError(null);
    setBusy(true);
    try {
      if (!isEdit && !allowDuplicate) {
        const found = await findLikelyDuplicateContacts(values);
        if (found.length > 0) {
          setBlockedMatches(found);
          return;
        }
      }
      const saved = isEdit ? await updateContact(contact.id, values) : await createContact(values);
      onSaved(saved);
    } catch (e) {
      // Storage full gets the app's own advice; anything else names its cause.
      const storage = storageErrorMessage(e);
      setSubmitError(
        storage ? `${storage} What you typed is still here.` : `Could not save: ${e instanceof Error ? e.message : 'unknown error'}. What you typed is still here; try again.`,
      );
    } finally {
      setBusy(false);
    }
  }

  async function merge(existingId: string, formValues: ContactFormValues) {
    setSubmitError(null);
    setBusy(true);
    try {
      const merged = await mergeIntoContact(existingId, contactEntryFrom(formValues));
      onClose();
      showToast({ message: `Merged into ${merged.name}.`, tone: 'success' });
      navigate(recordPath('contacts', merged.id));
    } catch (e) {
      setSubmitError(`${storageErrorMessage(e) ?? `Could not merge: ${e instanceof Error ? e.message : 'unknown error'}.`} Nothing was changed.`);
      setBusy(false);
    }
  }

  return (
    <Dialog title={contact ? `Edit ${contact.name}` : 'New contact'} onClose={requestClose} size="large">
      {discardQuestion}
      {deleted && contact && <DeletedElsewhereNotice name={contact.name} text={() => contactAsText(getValues())} />}
      <form noValidate onSubmit={handleSubmit((values) => save(values, deleted))}>
        <div className="form-grid">
          <Field
            label="Name"
            error={errors.name?.message}
            hint={nameGuessedFrom ? 'Guessed from the LinkedIn link, which is filled in below: check the spelling and accents.' : undefined}
          >
            <input
              type="text"
              autoComplete="off"
              {...register('name')}
              onPaste={(event) => {
                // A LinkedIn profile link pasted as the name: keep the link, and guess the name from it for the user to check.
                const profile = linkedInProfile(event.clipboardData.getData('text'));
                if (!profile) return;
                event.preventDefault();
                setValue('name', nameFromSlug(profile.slug), { shouldDirty: true });
                if (!getValues('linkedinUrl')) setValue('linkedinUrl', profile.url, { shouldDirty: true });
                setNameGuessedFrom(profile.url);
              }}
            />
          </Field>
          <Field label="Role" error={errors.role?.message}>
            <select {...register('role')}>
              <option value="">Choose a role</option>
              {CONTACT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {CONTACT_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </Field>
          <CheckedField label="Title" hint="e.g. Associate Professor of IR" error={errors.title?.message} text={title} subject="title">
            <input type="text" {...register('title')} />
          </CheckedField>
          <CheckedField label="Institution" error={errors.institution?.message} text={institution} subject="institution">
            <input type="text" {...register('institution')} />
          </CheckedField>
          <Field label="Email" error={errors.email?.message}>
            <input type="email" inputMode="email" autoComplete="off" {...register('email')} />
          </Field>
          <Field label="Phone" error={errors.phone?.message}>
            <input type="tel" autoComplete="off" {...register('phone')} />
          </Field>

          <ContactPointsFields control={control} register={register} errors={errors} getValues={getValues} setValue={setValue} />

          {!isEdit && !deleted && (
            <DuplicateNotice
              ref={noticeRef}
              matches={matches}
              blocking={blockedMatches !== null}
              busy={busy}
              onOpen={(id) => {
                onClose();
                navigate(recordPath('contacts', id));
              }}
              onMerge={(id) => void handleSubmit((values) => merge(id, values))()}
              onSaveAnyway={() => void handleSubmit((values) => save(values, true))()}
            />
          )}

          <Field label="LinkedIn" hint="The profile link, e.g. linkedin.com/in/…" error={errors.linkedinUrl?.message}>
            <input type="url" inputMode="url" placeholder="https://www.linkedin.com/in/…" {...register('linkedinUrl')} />
          </Field>
          <Field label="X (Twitter)" hint="The profile link, e.g. x.com/…" error={errors.xUrl?.message}>
            <input type="url" inputMode="url" placeholder="https://x.com/…" {...register('xUrl')} />
          </Field>
          <Field label="Relationship stage" error={errors.stage?.message}>
            <select {...register('stage')}>
              {RELATIONSHIP_STAGES.map((s) => (
                <option key={s} value={s}>
                  {RELATIONSHIP_STAGE_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="How you met" error={errors.howMet?.message}>
            <select {...register('howMet', { setValueAs: emptyToNull })}>
              <option value="">Not recorded</option>
              {HOW_MET.map((h) => (
                <option key={h} value={h}>
                  {HOW_MET_LABELS[h]}
                </option>
              ))}
            </select>
          </Field>

          <Controller
            control={control}
            name="programIds"
            render={({ field }) => (
              <ProgramChecklist value={field.value ?? []} onChange={field.onChange} programs={programs} />
            )}
          />

          <Controller
            control={control}
            name="tags"
            render={({ field, fieldState }) => (
              <CheckedField
                label="Tags"
                hint="Press Enter or type a comma after each tag"
                error={fieldState.error?.message}
                text={(field.value ?? []).join(', ')}
                subject="tags"
              >
                <TagInput
                  itemName="tag"
                  value={field.value ?? []}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  suggestions={tagSuggestions}
                />
              </CheckedField>
            )}
          />
          <Controller
            control={control}
            name="interests"
            render={({ field, fieldState }) => (
              <CheckedField
                label="Interests"
                hint="e.g. interventional oncology, PAD, venous"
                error={fieldState.error?.message}
                text={(field.value ?? []).join(', ')}
                subject="interests"
              >
                <TagInput
                  itemName="interest"
                  value={field.value ?? []}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  suggestions={interestSuggestions}
                />
              </CheckedField>
            )}
          />
          <Controller
            control={control}
            name="introducedById"
            render={({ field, fieldState }) => (
              <Field label="Introduced by" hint="Who put you in touch, if anyone" error={fieldState.error?.message}>
                <ContactPicker
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  contacts={contacts ?? []}
                  excludeId={contact?.id ?? null}
                />
              </Field>
            )}
          />
          <Field
            label="Keep in touch every (days)"
            hint="Leave empty for no keep-in-touch reminder"
            error={numberMessage(errors.cadenceDays)}
          >
            <input type="number" min={1} max={730} step={1} {...register('cadenceDays', { setValueAs: toNumberOrNull })} />
          </Field>

          <fieldset className="form-fieldset">
            <legend>Mentor signals</legend>
            {MENTOR_SIGNALS.map((signal) => (
              <label key={signal} className="checkbox-row">
                <input type="checkbox" {...register(`mentorSignals.${signal}`)} />
                {MENTOR_SIGNAL_LABELS[signal]}
              </label>
            ))}
          </fieldset>
          <Field label="Letter of recommendation" error={errors.letterStatus?.message}>
            <select {...register('letterStatus')}>
              {LETTER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {LETTER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>

          <div className="span-2">
            <Field label="Notes" hint="No patient details here: names, dates of birth or record numbers." error={errors.notes?.message}>
              <textarea rows={5} {...register('notes')} aria-describedby={notesWarningsId} />
            </Field>
            <TextWarnings id={notesWarningsId} text={notes ?? ''} checks={['patient-data']} subject="note" />
          </div>
        </div>

        {submitError && (
          <p className="notice notice-danger form-error" role="alert">
            {submitError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={requestClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {deleted ? 'Save as a new contact' : isEdit ? 'Save changes' : 'Save contact'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
