/**
 * Edits a message template: name, purpose, subject and body, with the merge
 * fields listed (and insertable at the cursor), unknown field names flagged,
 * and the NRMP and patient-data checks on the text. Saved into Settings.
 */
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Dialog } from '../../../components/dialog';
import { CheckedField } from '../../../components/checked-field';
import { MESSAGE_CHECKS, selectInField } from '../../../components/text-warnings';
import { FormActions } from '../../../components/record-form-dialog';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useDiscardGuard } from '../../../components/discard-guard';
import { saveTemplate } from '../../../data/templates';
import { MERGE_FIELDS, mergeFieldsIn } from '../../../domain/playbook/merge-fields';
import { messageTemplateSchema, type MessageTemplate } from '../../../domain/playbook/templates';
import { showToast } from '../../../stores/toast-store';

interface TemplateEditorDialogProps {
  template: MessageTemplate;
  onClose: () => void;
}

export function TemplateEditorDialog({ template, onClose }: TemplateEditorDialogProps) {
  const form = useForm({
    resolver: zodResolver(messageTemplateSchema),
    defaultValues: { id: template.id, name: template.name, purpose: template.purpose, subject: template.subject, body: template.body },
  });
  const { register, handleSubmit, formState, control, setValue, getValues } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useUnsavedChanges(isDirty);
  const { requestClose, discardQuestion } = useDiscardGuard(isDirty, onClose, 'your changes');
  const [subject = '', body = '', name = '', purpose = ''] = useWatch({ control, name: ['subject', 'body', 'name', 'purpose'] });
  const unknown = mergeFieldsIn(`${subject}\n${body}`).unknown;
  const bodyField = useRef<HTMLTextAreaElement | null>(null);
  const bodyRegistration = register('body');

  function insertField(key: string) {
    const area = bodyField.current;
    const current = getValues('body') ?? '';
    const token = `{{${key}}}`;
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    setValue('body', `${current.slice(0, start)}${token}${current.slice(end)}`, { shouldDirty: true });
    // Put the cursor after the inserted field once React has written the new value.
    requestAnimationFrame(() => selectInField(area, start + token.length, start + token.length));
  }

  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveTemplate(values);
      showToast({ message: `Template “${values.name}” saved.`, tone: 'success' });
      onClose();
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'The template could not be saved.', tone: 'error' });
    }
  });

  return (
    <Dialog title="Edit template" onClose={requestClose} size="large" description="Changes apply to every new draft from this template. Reset to default brings the original back.">
      {discardQuestion}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="template-editor">
        <CheckedField label="Name" error={errors.name?.message} text={name} subject="name">
          <input {...register('name')} />
        </CheckedField>
        <CheckedField label="When to send it" error={errors.purpose?.message} text={purpose} subject="description">
          <input {...register('purpose')} />
        </CheckedField>
        <CheckedField label="Subject" error={errors.subject?.message} text={subject} checks={MESSAGE_CHECKS} subject="subject">
          <input {...register('subject')} />
        </CheckedField>
        <CheckedField
          label="Message"
          error={errors.body?.message}
          hint="Write a merge field as {{contact.greeting}}; it is filled from the contact, program, event, your last conversation or your profile."
          text={body}
          checks={MESSAGE_CHECKS}
          subject="message"
          onLocate={(start, end) => selectInField(bodyField.current, start, end)}
        >
          <textarea
            {...bodyRegistration}
            ref={(node) => {
              bodyRegistration.ref(node);
              bodyField.current = node;
            }}
            rows={14}
          />
        </CheckedField>
        {unknown.length > 0 && (
          <p className="notice notice-warning" role="status">
            Unknown merge {unknown.length === 1 ? 'field' : 'fields'}: {unknown.map((u) => `{{${u}}}`).join(', ')}. Drafts will show
            it as “[unknown field]”; pick a field from the list below instead.
          </p>
        )}
        <details className="merge-field-list">
          <summary>Merge fields you can insert</summary>
          <ul className="plain-list">
            {MERGE_FIELDS.map((field) => (
              <li key={field.key} className="merge-field">
                <button type="button" className="btn btn-small" onClick={() => insertField(field.key)} aria-label={`Insert ${field.label}`}>
                  Insert
                </button>
                <code>{`{{${field.key}}}`}</code>
                <span className="muted">{field.label}</span>
              </li>
            ))}
          </ul>
        </details>
        <FormActions onCancel={requestClose} submitLabel="Save template" busy={isSubmitting} />
      </form>
    </Dialog>
  );
}
