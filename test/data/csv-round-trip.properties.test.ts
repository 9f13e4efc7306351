/**
 * Rapport's own CSV files re-import to the same records: for any generated
 * dataset, the programs CSV and then the contacts CSV, imported into an empty
 * database through the real path (parseCsv → suggestMapping → applyMapping →
 * the import plan → commitImport on Dexie), give back every field — mentor
 * signals, program links, who introduced whom, every rating and figure, tags
 * holding `,` `;` `|` and quotes — with only ids and timestamps new.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitImport, previewContactImport, previewProgramImport } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { suggestMapping } from '../../src/domain/backup/csv-columns';
import { applyMapping } from '../../src/domain/backup/csv-mapping';
import { parseCsv } from '../../src/domain/backup/csv-read';
import { contactsToCsv, programsToCsv } from '../../src/domain/backup/csv-write';
import { normalizePersonName, normalizeText, type ImportTarget } from '../../src/domain/backup/import-candidate';
import { referenceTo } from '../../src/domain/backup/record-references';
import type { Contact, Program } from '../../src/domain/entities';
import { contactArb, programArb } from '../fixtures/datasets';

const TRICKY_TAGS = ['Paris, France', 'IR; PAD', 'a|b', '"quoted"', 'say "hi", then; left | right', 'a ::: b', '* mine', 'starred', '=1+1', '-5', "'=x", 'SIR 2026'];
const tagArb = fc.oneof(fc.constantFrom(...TRICKY_TAGS), fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() === t && t !== ''));
// The tag input never keeps two tags that differ only in case, so neither does a generated contact.
const tagsArb = fc.uniqueArray(tagArb, { maxLength: 5, selector: (t) => t.toLowerCase() });

/** What the importers call the same program (and skip as a duplicate), so a dataset holds each once. */
const programKey = (p: Program) => `${normalizeText(p.name)}|${normalizeText(p.institution)}`;
const contactNameKey = (c: Contact) => `${normalizePersonName(c.name)}|${normalizeText(c.institution)}`;

const datasetArb = fc
  .uniqueArray(programArb, { minLength: 1, maxLength: 5, selector: programKey })
  .filter((programs) => new Set(programs.map(referenceTo)).size === programs.length)
  .chain((programs) =>
    fc
      .uniqueArray(
        fc.record({
          contact: contactArb,
          tags: tagsArb,
          interests: tagsArb,
          mentorSignals: fc.record({ suggestsOpportunities: fc.boolean(), offersIntroductions: fc.boolean(), givesCriticalFeedback: fc.boolean() }),
          programIndexes: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 3 }),
          introducerIndex: fc.option(fc.nat({ max: 5 }), { nil: null }),
        }),
        { minLength: 1, maxLength: 6, selector: ({ contact }) => contactNameKey(contact) },
      )
      .map((rows) => {
        const contacts: Contact[] = rows.map(({ contact, tags, interests, mentorSignals, programIndexes }) => ({
          ...contact,
          tags,
          interests,
          mentorSignals,
          programIds: programIndexes.filter((i) => i < programs.length).map((i) => programs[i].id),
          // Derived from logged meetings, which a CSV does not carry.
          lastTouchAt: null,
        }));
        rows.forEach(({ introducerIndex }, i) => {
          contacts[i].introducedById = introducerIndex !== null && introducerIndex < contacts.length ? contacts[introducerIndex].id : null;
        });
        return { programs, contacts };
      }),
  )
  // Two contacts sharing an email are one person to the importer, and a reference must name one contact.
  .filter(({ contacts }) => {
    const emails = contacts.flatMap((c) => c.emails.map((e) => e.value.toLowerCase()));
    return new Set(emails).size === emails.length && new Set(contacts.map(referenceTo)).size === contacts.length;
  });

async function importCsv(text: string, target: ImportTarget) {
  const parsed = await parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { headers, rows, delimiter } = parsed.table;
  const candidates = applyMapping(rows, suggestMapping(headers, target, rows), target, { headers, delimiter });
  const plan = target === 'contacts' ? await previewContactImport(candidates) : await previewProgramImport(candidates);
  expect(plan.invalid).toEqual([]);
  expect(plan.duplicates).toEqual([]);
  await commitImport(plan);
  return plan;
}

const withoutMeta = <T extends { id: string; createdAt: string; updatedAt: string; sample?: boolean }>({ id: _id, createdAt: _c, updatedAt: _u, sample: _s, ...fields }: T) => fields;

describe('Rapport’s own CSV files re-import to the same records', () => {
  it('programs CSV, then contacts CSV, into an empty database: every field, every link', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async ({ programs, contacts }) => {
        await db.transaction('rw', db.contacts, db.programs, async () => {
          await db.contacts.clear();
          await db.programs.clear();
        });
        const programPlan = await importCsv(programsToCsv(programs), 'programs');
        const contactPlan = await importCsv(contactsToCsv(contacts, programs), 'contacts');
        // Nothing was repaired or left out on the way.
        expect([...programPlan.notes, ...contactPlan.notes].filter((n) => !/HTML or script/.test(n.message))).toEqual([]);

        const storedPrograms = await db.programs.toArray();
        expect(storedPrograms).toHaveLength(programs.length);
        const newProgramId = new Map<string, string>();
        for (const original of programs) {
          const stored = storedPrograms.find((p) => referenceTo(p) === referenceTo(original));
          expect(stored && withoutMeta(stored)).toEqual(withoutMeta(original));
          if (stored) newProgramId.set(original.id, stored.id);
        }

        const storedContacts = await db.contacts.toArray();
        expect(storedContacts).toHaveLength(contacts.length);
        const newContactId = new Map(contacts.map((c) => [c.id, storedContacts.find((s) => referenceTo(s) === referenceTo(c))?.id]));
        for (const original of contacts) {
          const stored = storedContacts.find((s) => s.id === newContactId.get(original.id));
          expect(stored && withoutMeta(stored)).toEqual({
            ...withoutMeta(original),
            programIds: original.programIds.map((id) => newProgramId.get(id)),
            introducedById: original.introducedById === null ? null : newContactId.get(original.introducedById),
          });
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
