/**
 * Declares that a form holds unsaved input while `dirty` is true: the app will
 * not reload itself for an update, and closing the tab asks first.
 */
import { useEffect, useId } from 'react';
import { useUnsavedChangesStore } from '../stores/unsaved-changes-store';

export function useUnsavedChanges(dirty: boolean): void {
  const formId = useId();
  const setDirty = useUnsavedChangesStore((s) => s.setDirty);
  useEffect(() => {
    setDirty(formId, dirty);
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirty(formId, false);
    };
  }, [dirty, formId, setDirty]);
}
