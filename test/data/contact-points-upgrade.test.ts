/**
 * Schema version 2 gave contacts lists of emails, phones, links and addresses.
 * A version 1 database and a version 1 backup must both come through with
 * every field as it was and the one email and phone at the head of the lists.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../src/data/backup';
import { db, RapportDb } from '../../src/data/db';
import { SCHEMA_VERSIONS } from '../../src/data/schema';
import { parseBackup } from '../../src/domain/backup/backup-format';
import type { Contact } from '../../src/domain/entities';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const v1Text = readFileSync(join(FIXTURES, 'v1.json'), 'utf8');
const v1 = JSON.parse(v1Text) as { tables: Record<string, Record<string, unknown>[]>; trash: { items: { table: string; record: Record<string, unknown> }[] }[] };
const v1Contacts = v1.tables.contacts;
const V2_FIELDS = ['emails', 'phones', 'urls', 'addresses', 'structuredName', 'birthday'];

function expectUpgraded(stored: Record<string, unknown>, before: Record<string, unknown>) {
  // Every version 1 field is still there with its value.
  for (const [key, value] of Object.entries(before)) expect(stored[key], key).toEqual(value);
  const email = String(before.email);
  const phone = String(before.phone);
  expect(stored.emails).toEqual(email ? [{ value: email, label: '' }] : []);
  expect(stored.phones).toEqual(phone ? [{ value: phone, label: '' }] : []);
  expect(stored.urls).toEqual([]);
  expect(stored.addresses).toEqual([]);
  expect(stored.structuredName).toBeNull();
  expect(stored.birthday).toBe('');
  expect(Object.keys(stored).sort()).toEqual([...Object.keys(before), ...V2_FIELDS].sort());
}

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
});

describe('contacts from schema version 1', () => {
  it('the v1 fixture has contacts with every field filled in somewhere, emails and phones among them', () => {
    const filled = (key: string) => v1Contacts.some((c) => c[key] !== '' && c[key] !== null && !(Array.isArray(c[key]) && c[key].length === 0));
    for (const key of ['email', 'phone', 'title', 'institution', 'programIds', 'linkedinUrl', 'tags', 'interests', 'howMet', 'introducedById', 'cadenceDays', 'notes', 'lastTouchAt']) {
      expect(filled(key), key).toBe(true);
    }
    expect(v1Contacts.some((c) => c.email === '')).toBe(true);
  });

  it('a version 1 database opens as version 2 with nothing lost, in the tables and in the trash', async () => {
    const name = `rapport-points-upgrade-${crypto.randomUUID()}`;
    const old = new RapportDb(name, SCHEMA_VERSIONS.slice(0, 1));
    await old.open();
    await old.contacts.bulkAdd(v1Contacts as never[]);
    await old.trash.bulkAdd(v1.trash as never[]);
    old.close();
    const latest = new RapportDb(name);
    try {
      await latest.open();
      expect(latest.verno).toBe(2);
      const stored = await latest.contacts.toArray();
      expect(stored).toHaveLength(v1Contacts.length);
      for (const before of v1Contacts) expectUpgraded(stored.find((c) => c.id === before.id) as unknown as Record<string, unknown>, before);
      const trash = await latest.trash.toArray();
      const trashedBefore = v1.trash.flatMap((t) => t.items).filter((i) => i.table === 'contacts');
      const trashedAfter = trash.flatMap((t) => t.items).filter((i) => i.table === 'contacts');
      expect(trashedAfter).toHaveLength(trashedBefore.length);
      trashedBefore.forEach((item, n) => expectUpgraded(trashedAfter[n].record as unknown as Record<string, unknown>, item.record));
    } finally {
      latest.close();
      await Dexie.delete(name);
    }
  });

  it('a version 1 backup restores into version 2 with the same contacts and their emails in the lists', async () => {
    const parsed = await parseBackup(v1Text, 2);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.upgradedFrom).toBe(1);
    await restoreBackup(parsed.backup, 'replace');
    const stored: Contact[] = await db.contacts.toArray();
    expect(stored).toHaveLength(v1Contacts.length);
    for (const before of v1Contacts) expectUpgraded(stored.find((c) => c.id === before.id) as unknown as Record<string, unknown>, before);
  });
});
