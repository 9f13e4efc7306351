/**
 * Whether the Log meeting dialog is open, and what it opens with. The top bar,
 * Today, the keyboard shortcut and any screen that offers "Log meeting" share
 * this one switch, so exactly one dialog is ever mounted.
 */
import { create } from 'zustand';
import type { MeetingPreset } from '../domain/meeting-preset';

/** What the dialog opens with (see resolveMeetingPreset): people, program, event, kind, the reminder acted on, drafted new people. */
export type LogMeetingPreset = MeetingPreset;

interface LogMeetingState {
  open: boolean;
  preset: LogMeetingPreset;
  /** Bumped on every open, so a re-opened dialog starts from a fresh form. */
  session: number;
  openLogMeeting: (preset?: LogMeetingPreset) => void;
  closeLogMeeting: () => void;
}

export const useLogMeetingStore = create<LogMeetingState>((set) => ({
  open: false,
  preset: {},
  session: 0,
  openLogMeeting: (preset = {}) =>
    set((state) => (state.open ? state : { open: true, preset, session: state.session + 1 })),
  closeLogMeeting: () => set({ open: false, preset: {} }),
}));

/** Opens the Log meeting dialog from outside React. */
export const openLogMeeting = (preset?: LogMeetingPreset) => useLogMeetingStore.getState().openLogMeeting(preset);
