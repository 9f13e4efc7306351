import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { createContact } from '../../src/data/contacts';
import { countSampleRows, loadSampleData, removeSampleData } from '../../src/data/sample';
import { getSettings } from '../../src/data/profile-settings';
import { overviewCounts } from '../../src/data/stats';
import { duplicateReason } from '../../src/domain/contact-duplicates';
import { buildSampleData } from '../../src/domain/sample-data';
import { CONTACT_ROLES, REMINDER_KINDS, TRACKS } from '../../src/domain/vocabulary';
import { contactFields } from '../factories';

const NOW = new Date('2026-11-27T12:00:00');

describe('sample data', () => {
  it('is a realistic fictional network of the promised size', () => {
    let n = 0;
    const sample = buildSampleData(NOW, () => `id-${++n}`);
    expect(sample.contacts.length).toBeGreaterThanOrEqual(38);
    expect(sample.contacts.length).toBeLessThanOrEqual(42);
    expect(sample.programs).toHaveLength(12);
    expect(sample.interactions.length).toBeGreaterThanOrEqual(50);
    expect(sample.interactions.length).toBeLessThanOrEqual(70);
    const roles = new Set(sample.contacts.map((c) => c.role));
    for (const role of CONTACT_ROLES) expect(roles, role).toContain(role);
    const tracks = new Set(sample.programs.map((p) => p.track));
    for (const track of ['integrated-ir', 'independent-ir', 'dr-esir'] as const) expect(tracks).toContain(track);
    expect(TRACKS).toContain('dr');
    expect(new Set(sample.programs.map((p) => p.region)).size).toBeGreaterThanOrEqual(5);
    const eightMonthsAgo = new Date(NOW);
    eightMonthsAgo.setMonth(eightMonthsAgo.getMonth() - 8);
    for (const i of sample.interactions) {
      expect(new Date(i.occurredAt) < NOW).toBe(true);
      expect(new Date(i.occurredAt) > eightMonthsAgo).toBe(true);
    }
    const sir = sample.events.find((e) => e.name.startsWith('SIR Annual'));
    expect(sir && sir.startDate > '2026-11-27').toBe(true);
    expect(sample.reminders.some((r) => r.status === 'done')).toBe(true);
    expect(sample.reminders.some((r) => (r.status ?? 'open') === 'open')).toBe(true);
  });

  it('has 40 distinct people with distinct emails, so the duplicate warning stays quiet', () => {
    const sample = buildSampleData(NOW, () => 'x');
    expect(sample.contacts).toHaveLength(40);
    expect(new Set(sample.contacts.map((c) => c.name)).size).toBe(40);
    expect(new Set(sample.contacts.map((c) => c.email)).size).toBe(40);
    const people = sample.contacts.map((c) => ({ name: c.name, email: c.email ?? '', institution: c.institution ?? '' }));
    const pairs = people.flatMap((a, i) => people.slice(i + 1).filter((b) => duplicateReason(a, b) !== null));
    expect(pairs).toEqual([]);
  });

  it('has at least one reminder of every kind, and at most one open update reminder per person', () => {
    let n = 0;
    const sample = buildSampleData(NOW, () => `id-${++n}`);
    const kinds = new Set(sample.reminders.map((r) => r.kind));
    for (const kind of REMINDER_KINDS) expect(kinds, kind).toContain(kind);
    for (const contact of sample.contacts) {
      const open = sample.reminders.filter(
        (r) => r.contactId === contact.id && (r.kind === 'follow-up' || r.kind === 'keep-in-touch') && (r.status ?? 'open') === 'open',
      );
      expect(open.length, contact.name).toBeLessThanOrEqual(1);
    }
  });

  it('writes proper-case reasons: IR words keep their capitals', () => {
    const sample = buildSampleData(NOW, () => 'x');
    const text = sample.reminders.map((r) => `${r.title} ${r.reason ?? ''}`).join('\n');
    expect(text).not.toMatch(/\b(?:y-90|pad|esir|qi|tips|ir)\b/);
    expect(text).toMatch(/Y-90|PAD|ESIR|integrated IR years|TIPS|QI/);
  });

  it('is the same every time for the same clock', () => {
    const ids = () => {
      let n = 0;
      return () => `id-${++n}`;
    };
    expect(buildSampleData(NOW, ids())).toEqual(buildSampleData(NOW, ids()));
  });

  it('loads in one go, marks every row as sample, and records the first-run choice', async () => {
    await loadSampleData(NOW);
    const contacts = await db.contacts.toArray();
    expect(contacts.length).toBeGreaterThanOrEqual(38);
    expect(contacts.every((c) => c.sample === true)).toBe(true);
    expect((await getSettings()).firstRunChoice).toBe('sample');
    const counts = await overviewCounts('2026-11-27');
    expect(counts.contacts).toBe(contacts.length);
    expect(counts.programs).toBe(12);
    expect(counts.upcomingEvents).toBe(1);
  });

  it('is removed in one action without touching the user’s own records', async () => {
    await loadSampleData(NOW);
    const mine = await createContact(contactFields({ name: 'My real mentor' }));
    const sampleRows = (
      await Promise.all([db.contacts, db.programs, db.interactions, db.reminders, db.events].map((t) => t.toArray()))
    ).flat();
    expect(await countSampleRows()).toBe(sampleRows.filter((row) => row.sample === true).length);
    expect(sampleRows.filter((row) => row.sample !== true)).toEqual([mine]);
    await removeSampleData();
    expect(await countSampleRows()).toBe(0);
    expect(await db.contacts.toArray()).toEqual([mine]);
    expect(await db.programs.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
