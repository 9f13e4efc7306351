/** Which open forms hold input the user has not saved, so nothing reloads the page under them. */
import { create } from 'zustand';

interface UnsavedChangesState {
  dirtyForms: ReadonlySet<string>;
  setDirty: (formId: string, dirty: boolean) => void;
}

export const useUnsavedChangesStore = create<UnsavedChangesState>((set) => ({
  dirtyForms: new Set(),
  setDirty: (formId, dirty) =>
    set((state) => {
      if (state.dirtyForms.has(formId) === dirty) return state;
      const next = new Set(state.dirtyForms);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return { dirtyForms: next };
    }),
}));

export const hasUnsavedChanges = () => useUnsavedChangesStore.getState().dirtyForms.size > 0;
