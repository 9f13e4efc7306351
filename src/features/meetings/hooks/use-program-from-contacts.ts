import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { MeetingFormValues } from '../../../domain/meeting-form';
import type { ContactChoice } from './use-meeting-choices';

/**
 * While the user has not chosen a program, it follows the people: when every
 * stored person on the meeting has the same single program, that program is
 * filled in. A program the user picked (or cleared) is never changed.
 */
export function useProgramFromContacts(choices: readonly ContactChoice[]): void {
  const { control, getFieldState, setValue, getValues } = useFormContext<MeetingFormValues>();
  const contacts = useWatch({ control, name: 'contacts' });
  useEffect(() => {
    if (getFieldState('programId').isDirty || getValues('programId') !== '') return;
    const stored = contacts.filter((c) => !c.isNew).map((c) => choices.find((choice) => choice.id === c.id));
    if (stored.length === 0 || stored.some((c) => c === undefined || c.programIds.length !== 1)) return;
    const programs = new Set(stored.map((c) => c?.programIds[0]));
    if (programs.size === 1) setValue('programId', [...programs][0] ?? '');
  }, [contacts, choices, getFieldState, getValues, setValue]);
}
