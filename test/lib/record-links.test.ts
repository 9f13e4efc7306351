import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup/backup-format';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { recordIdSchema } from '../../src/domain/entities';
import { recordPath } from '../../src/lib/record-links';

describe('links to records', () => {
  it.each([
    ['6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', '/contacts/6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5'],
    ['sample-abc', '/contacts/sample-abc'],
    ['../settings', '/contacts/..%2Fsettings'],
    ['a/b?c#d', '/contacts/a%2Fb%3Fc%23d'],
  ])('encode the id %j', (id, path) => {
    expect(recordPath('contacts', id)).toBe(path);
    // Whatever the id, the path stays one segment under /contacts/.
    expect(new URL(path, 'https://app.example').pathname.split('/').length).toBe(3);
  });

  it.each(['../settings', 'a/b', 'x?y', 'x#y', '50%', '..', '.', 'back\\slash', 'line\nbreak', ''])('a record id %j is refused', (id) => {
    expect(recordIdSchema.safeParse(id).success).toBe(false);
  });

  it('a backup whose contact has the id "../settings" is refused with the row and the reason, and nothing is restored', async () => {
    const text = JSON.stringify({
      format: 'rapport-backup',
      schemaVersion: LATEST_SCHEMA_VERSION,
      exportedAt: '2026-03-14T09:30:00.000Z',
      tables: {
        profile: [],
        settings: [],
        contacts: [{ id: '../settings', createdAt: '2026-03-14T09:30:00.000Z', updatedAt: '2026-03-14T09:30:00.000Z', name: 'Ana', role: 'other' }],
        programs: [],
        interactions: [],
        reminders: [],
        events: [],
      },
    });
    const parsed = await parseBackup(text, LATEST_SCHEMA_VERSION);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toMatch(/Contact 1, record id: this id holds a character a link cannot carry/);
  });
});
