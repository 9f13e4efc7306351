/** The Settings → Sync form: where the server is, the account on it, and the passphrase that seals everything. */
import { z } from 'zod';

/** Long enough that guessing it is hopeless even for someone holding the server's copy. */
export const MIN_PASSPHRASE = 12;

const address = z
  .string()
  .trim()
  .min(1, 'Type the address of your sync database, e.g. /couchdb/rapport.')
  .refine((value) => value.startsWith('/') || /^https?:\/\//i.test(value), 'Start with / (a path on this site) or https://.');

export const syncFormSchema = z.object({
  server: address,
  username: z.string().trim(),
  password: z.string(),
  passphrase: z.string().min(MIN_PASSPHRASE, `Use at least ${MIN_PASSPHRASE} characters: a few words you will remember.`),
  remember: z.boolean(),
});

export type SyncFormValues = z.infer<typeof syncFormSchema>;

export const DEFAULT_SYNC_SERVER = '/couchdb/rapport';

/** The address as a URL when Rapport may reach it: on its own origin only (its security policy allows nothing else). */
export function sameOriginAddress(address: string, origin: string): URL | null {
  try {
    const url = new URL(address.trim(), origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}
