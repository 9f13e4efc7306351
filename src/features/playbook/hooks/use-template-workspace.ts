import { useLiveQuery } from 'dexie-react-hooks';
import { loadTemplateWorkspace, type TemplateWorkspace } from '../../../data/playbook';

/** Live data for the Templates screen; undefined while the first read is in flight. */
export function useTemplateWorkspace(contactId: string | null, reminderId: string | null): TemplateWorkspace | undefined {
  return useLiveQuery(() => loadTemplateWorkspace({ contactId, reminderId }), [contactId, reminderId]);
}
