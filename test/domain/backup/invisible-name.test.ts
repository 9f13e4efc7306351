/**
 * A name made only of invisible characters (zero-width spaces, joiners,
 * direction marks) would be stored as a contact or program that shows as
 * blank: every importer refuses it as a missing name, in plain words.
 */
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/domain/backup/csv-columns';
import { applyMapping } from '../../../src/domain/backup/csv-mapping';
import { parseCsv } from '../../../src/domain/backup/csv-read';
import { isInvisibleText } from '../../../src/domain/backup/import-candidate';
import { planImport, planProgramImport } from '../../../src/domain/backup/import-plan';

const INVISIBLE_NAMES = [
  ['zero-width space', '\u200B'],
  ['several zero-width characters', '\u200B\u200C\u200D\u2060'],
  ['direction marks and a zero-width space between spaces', ' \u200E\u200F \u200B '],
  ['a soft hyphen and a word joiner', '\u00AD\u2060'],
  ['a Hangul filler and a variation selector', '\u3164\uFE0F'],
  ['a braille blank and an invisible separator', '\u2800\u2063'],
] as const;

async function tableOf(text: string) {
  const parsed = await parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.table;
}

describe('a name of only invisible characters is a missing name', () => {
  it.each(INVISIBLE_NAMES)('refuses a contact whose name is %s', async (_what, name) => {
    const table = await tableOf(`Name,Email\r\n"${name}",ana@example.org\r\nBo Lind,bo@example.org\r\n`);
    const candidates = applyMapping(table.rows, suggestMapping(table.headers, 'contacts', table.rows), 'contacts', { headers: table.headers });
    const plan = await planImport(candidates, []);
    expect(plan.add.map((a) => a.fields.name)).toEqual(['Bo Lind']);
    expect(plan.invalid).toEqual([
      {
        row: 2,
        label: '(no name)',
        reason: 'Name: holds only invisible characters (such as zero-width spaces), so it would show as blank. Type the name in that cell',
      },
    ]);
  });

  it.each(INVISIBLE_NAMES)('refuses a program whose name is %s', async (_what, name) => {
    const table = await tableOf(`Program name,Institution,Track\r\n"${name}",Mercy,Integrated IR\r\n`);
    const candidates = applyMapping(table.rows, suggestMapping(table.headers, 'programs', table.rows), 'programs', { headers: table.headers });
    const plan = await planProgramImport(candidates, []);
    expect(plan.add).toEqual([]);
    expect(plan.invalid).toEqual([
      {
        row: 2,
        label: '(no name) (Mercy)',
        reason: 'Program name: holds only invisible characters (such as zero-width spaces), so it would show as blank. Type the name in that cell',
      },
    ]);
  });

  it.each([
    ['', true],
    ['  \t', true],
    ['\u200B', true],
    ['Ana', false],
    ['Ana\u200B', false],
    ['👩🏽‍⚕️', false],
    ['\u0301', false],
    ['李', false],
  ])('isInvisibleText(%j) is %s', (text, invisible) => {
    expect(isInvisibleText(text)).toBe(invisible);
  });
});
