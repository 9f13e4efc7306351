import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupReminder,
  backupReminderDaysFrom,
  backupReminderFormSchema,
  backupReminderFormValues,
  daysAgoLabel,
  lastBackupLabel,
  type BackupReminderInput,
} from '../../../src/domain/backup/backup-reminder';

// Local noon, so the calendar day is the same in every time zone the tests run in.
const NOW = new Date(2026, 10, 27, 12, 0, 0);
const daysBefore = (days: number, hour = 12) => new Date(2026, 10, 27 - days, hour, 0, 0).toISOString();

const base: BackupReminderInput = { lastBackupAt: null, reminderDays: 30, dismissedAt: null, hasOwnRecords: true, now: NOW };

describe('backupReminder', () => {
  it.each<[string, Partial<BackupReminderInput>, ReturnType<typeof backupReminder>]>([
    ['never backed up, own records', {}, { show: true, daysSinceBackup: null, unprotected: false, backupDue: true }],
    ['never backed up, sample rows only', { hasOwnRecords: false }, { show: false }],
    ['backed up 45 days ago', { lastBackupAt: daysBefore(45) }, { show: true, daysSinceBackup: 45, unprotected: false, backupDue: true }],
    ['backed up 31 days ago', { lastBackupAt: daysBefore(31) }, { show: true, daysSinceBackup: 31, unprotected: false, backupDue: true }],
    ['backed up exactly 30 days ago', { lastBackupAt: daysBefore(30) }, { show: false }],
    ['backed up today', { lastBackupAt: daysBefore(0, 8) }, { show: false }],
    ['old backup, but the suggestion is off', { lastBackupAt: daysBefore(90), reminderDays: null }, { show: false }],
    ['old backup, a 90-day preference', { lastBackupAt: daysBefore(60), reminderDays: 90 }, { show: false }],
    ['old backup, set aside 3 days ago', { lastBackupAt: daysBefore(60), dismissedAt: daysBefore(3) }, { show: false }],
    ['old backup, set aside 7 days ago', { lastBackupAt: daysBefore(60), dismissedAt: daysBefore(7) }, { show: true, daysSinceBackup: 60, unprotected: false, backupDue: true }],
    ['old backup, no own records', { lastBackupAt: daysBefore(60), hasOwnRecords: false }, { show: false }],
    // The browser has not agreed to keep the data: the suggestion gets stronger.
    ['not persistent, backed up 3 days ago', { lastBackupAt: daysBefore(3), persisted: false }, { show: true, daysSinceBackup: 3, unprotected: true, backupDue: false }],
    ['not persistent, backed up 8 days ago (30-day preference)', { lastBackupAt: daysBefore(8), persisted: false }, { show: true, daysSinceBackup: 8, unprotected: true, backupDue: true }],
    ['not persistent, backed up 5 days ago, a 3-day preference', { lastBackupAt: daysBefore(5), reminderDays: 3, persisted: false }, { show: true, daysSinceBackup: 5, unprotected: true, backupDue: true }],
    ['not persistent, the suggestion off: the risk is still said', { lastBackupAt: daysBefore(1), reminderDays: null, persisted: false }, { show: true, daysSinceBackup: 1, unprotected: true, backupDue: false }],
    ['not persistent, set aside yesterday', { persisted: false, dismissedAt: daysBefore(1) }, { show: false }],
    ['not persistent, set aside 2 days ago', { persisted: false, dismissedAt: daysBefore(2) }, { show: true, daysSinceBackup: null, unprotected: true, backupDue: true }],
    ['not persistent, sample rows only', { persisted: false, hasOwnRecords: false }, { show: false }],
    ['persistent, backed up 8 days ago', { lastBackupAt: daysBefore(8), persisted: true }, { show: false }],
  ])('%s', (_name, input, expected) => {
    expect(backupReminder({ ...base, ...input })).toEqual(expected);
  });

  it('never shows without records of the user’s own, whatever the dates', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
        fc.option(fc.integer({ min: 7, max: 365 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
        (backupAgo, reminderDays, dismissedAgo) => {
          const input = {
            ...base,
            hasOwnRecords: false,
            reminderDays,
            lastBackupAt: backupAgo === null ? null : daysBefore(backupAgo),
            dismissedAt: dismissedAgo === null ? null : daysBefore(dismissedAgo),
          };
          expect(backupReminder(input).show).toBe(false);
        },
      ),
    );
  });

  it('once due, stays due as days pass (until a backup or a set-aside)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 7, max: 365 }), fc.integer({ min: 1, max: 400 }), (ago, days, later) => {
        const lastBackupAt = daysBefore(ago);
        const today = backupReminder({ ...base, lastBackupAt, reminderDays: days });
        const future = backupReminder({ ...base, lastBackupAt, reminderDays: days, now: new Date(2026, 10, 27 + later, 12) });
        if (today.show) expect(future.show).toBe(true);
        expect(today.show).toBe(ago > days);
      }),
    );
  });
});

describe('lastBackupLabel', () => {
  it.each([
    [null, 'Never'],
    [daysBefore(24), '3 Nov 2026 (24 days ago)'],
    [daysBefore(1), '26 Nov 2026 (yesterday)'],
    [daysBefore(0, 7), '27 Nov 2026 (today)'],
  ])('%s → %s', (at, label) => {
    expect(lastBackupLabel(at, NOW)).toBe(label);
  });

  it('words a backup stamped after now (another device’s clock) as today', () => {
    expect(daysAgoLabel(-2)).toBe('today');
  });
});

describe('backup reminder form', () => {
  it('round-trips the stored preference, including off', () => {
    for (const days of [null, 7, 30, 365]) {
      expect(backupReminderDaysFrom(backupReminderFormValues(days))).toBe(days);
    }
    expect(backupReminderFormValues(null)).toEqual({ remind: false, days: 30 });
  });

  it.each([
    [6, 'Choose 7 days or more'],
    [366, 'Choose 365 days or fewer'],
    [12.5, 'Enter a whole number of days'],
    [Number.NaN, 'Enter a number of days'],
  ])('refuses %s days with “%s”', (days, message) => {
    const result = backupReminderFormSchema.safeParse({ remind: true, days });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });
});
