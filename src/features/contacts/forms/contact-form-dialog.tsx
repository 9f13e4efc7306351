/**
 * Create or edit a contact. Validation is the domain schema (zod) through
 * react-hook-form, so every message appears next to its field and nothing is
 * written until the whole entry is valid. On create, a likely duplicate is
 * pointed out before saving, with a way to open or merge into it. A failed
 * write keeps the dialog open with everything the user typed.
 */
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { storageErrorMessage } from '../../../data/storage-errors';
import { ChoiceField } from '../../../components/choice-options';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { TextWarnings } from '../../../components/text-warnings';
import { RecordFormDialog, emptyToNull, numberMessage, toNumberOrNull, useRecordSave } from '../../../components/record-form-dialog';
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
import '../components/contacts.css';
import { recordPath } from '../../../lib/record-links';
import { linkedInProfile, nameFromSlug } from '../../../domain/capture/qr-payload';

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
  const saving = useRecordSave();
  const [blockedMatches, setBlockedMatches] = useState<DuplicateMatch[] | null>(null);
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

  const save = (formValues: ContactFormValues, allowDuplicate: boolean) =>
    saving.run(async () => {
      const values = contactFieldsFromForm(formValues);
      if (!isEdit && !allowDuplicate) {
        const found = await findLikelyDuplicateContacts(values);
        if (found.length > 0) {
          setBlockedMatches(found);
          return;
        }
      }
      onSaved(isEdit ? await updateContact(contact.id, values) : await createContact(values));
    });

  const merge = (existingId: string, formValues: ContactFormValues) =>
    saving.run(
      async () => {
        const merged = await mergeIntoContact(existingId, contactEntryFrom(formValues));
        onClose();
        showToast({ message: `Merged into ${merged.name}.`, tone: 'success' });
        navigate(recordPath('contacts', merged.id));
      },
      (e) => `${storageErrorMessage(e) ?? `Could not merge: ${e instanceof Error ? e.message : 'unknown error'}.`} Nothing was changed.`,
    );

  return (
    <RecordFormDialog
      title={contact ? `Edit ${contact.name}` : 'New contact'}
      dirty={isDirty}
      discardWhat={isEdit ? 'these changes' : 'this contact'}
      onClose={onClose}
      onSubmit={handleSubmit((values) => save(values, deleted))}
      submitLabel={deleted ? 'Save as a new contact' : isEdit ? 'Save changes' : 'Save contact'}
      busy={saving.busy}
      error={saving.error}
      notices={deleted && contact && <DeletedElsewhereNotice name={contact.name} text={() => contactAsText(getValues())} />}
    >
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
      <ChoiceField label="Role" error={errors.role?.message} registration={register('role')} values={CONTACT_ROLES} labels={CONTACT_ROLE_LABELS} none="Choose a role" />
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
          busy={saving.busy}
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
      <ChoiceField label="Relationship stage" error={errors.stage?.message} registration={register('stage')} values={RELATIONSHIP_STAGES} labels={RELATIONSHIP_STAGE_LABELS} />
      <ChoiceField label="How you met" error={errors.howMet?.message} registration={register('howMet', { setValueAs: emptyToNull })} values={HOW_MET} labels={HOW_MET_LABELS} none="Not recorded" />

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
        error={numberMessage(errors.cadenceDays, 'a whole number of days')}
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
      <ChoiceField label="Letter of recommendation" error={errors.letterStatus?.message} registration={register('letterStatus')} values={LETTER_STATUSES} labels={LETTER_STATUS_LABELS} />

      <div className="span-2">
        <Field label="Notes" hint="No patient details here: names, dates of birth or record numbers." error={errors.notes?.message}>
          <textarea rows={5} {...register('notes')} aria-describedby={notesWarningsId} />
        </Field>
        <TextWarnings id={notesWarningsId} text={notes ?? ''} checks={['patient-data']} subject="note" />
      </div>
    </RecordFormDialog>
  );
}
