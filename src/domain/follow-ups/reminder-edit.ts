/**
 * The fields a user edits on a stored reminder (title, reason, window), with
 * the same rules and messages as the stored record.
 */
import '../zod-config';
import { z } from 'zod';
import { localDateSchema } from '../entities';

export const reminderEditSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the reminder a title').max(200, 'Keep the title under 200 characters'),
    reason: z.string().trim().max(1000, 'Keep this under 1000 characters'),
    dueDate: localDateSchema,
    latestDate: localDateSchema,
  })
  .refine((r) => r.latestDate >= r.dueDate, { message: 'The latest day cannot be before the due day', path: ['latestDate'] });
export type ReminderEdit = z.infer<typeof reminderEditSchema>;
