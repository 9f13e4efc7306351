/**
 * Every refusal the importers can give reads in the user's words: the record
 * and the field as the screens name them, never a schema path or the
 * validation library's own phrasing. The table below breaks each field of a
 * real backup (and columns of CSV and vCard files) in the ways crafted files
 * do and collects every message a user would read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/domain/backup/backup-format';
import { suggestMapping } from '../../../src/domain/backup/csv-columns';
import { applyMapping } from '../../../src/domain/backup/csv-mapping';
import { parseCsv } from '../../../src/domain/backup/csv-read';
import { planImport, planProgramImport } from '../../../src/domain/backup/import-plan';
import { parseVCards } from '../../../src/domain/backup/vcard';

const FIXTURE = readFileSync('test/data/fixtures/v2.json', 'utf8');
const VERSION = 2;

/** Fragments that betray a schema path or a library's wording. */
const FORBIDDEN = [
  'Invalid input',
  'Invalid option',
  'Invalid string',
  'Invalid type',
  'expected',
  'received',
  'ZodError',
  'Too small',
  'Too big',
  'too_small',
  'too_big',
  'invalid_type',
  'NaN',
  'undefined',
  '[object Object]',
];

const WRONG_VALUES: unknown[] = [42, 1.5, -1, 'not a value', '', 'x'.repeat(5000), {}, [], [1], null, true];

function forbiddenIn(message: string, keys: readonly string[]): string[] {
  const found = FORBIDDEN.filter((f) => message.includes(f));
  // A field key the user never sees (camelCase or a dotted path) must not leak.
  for (const key of keys) {
    if (/[A-Z]/.test(key) && new RegExp(`\\b${key}\\b`).test(message)) found.push(key);
  }
  if (/\b[a-zA-Z]+\.\d+\b/.test(message)) found.push('dotted path');
  return found;
}

function fixture(): { tables: Record<string, Record<string, unknown>[]>; trash: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(FIXTURE);
}

describe('backup refusals name the record and the field in words', () => {
  const cases: { table: string; field: string; value: unknown }[] = [];
  const base = fixture();
  for (const [table, rows] of Object.entries(base.tables)) {
    for (const field of Object.keys(rows[0])) {
      for (const value of WRONG_VALUES) cases.push({ table, field, value });
    }
  }

  it(`breaks ${cases.length} fields and every refusal reads plainly`, async () => {
    const leaks: string[] = [];
    let refusals = 0;
    for (const { table, field, value } of cases) {
      const backup = fixture();
      backup.tables[table][0][field] = value;
      const result = await parseBackup(JSON.stringify(backup), VERSION);
      if (result.ok) continue;
      refusals += 1;
      const keys = Object.keys(backup.tables[table][0]);
      const bad = forbiddenIn(result.error.message, keys);
      if (bad.length > 0) leaks.push(`${table}.${field}=${JSON.stringify(value)?.slice(0, 20)} → ${result.error.message} [${bad.join(', ')}]`);
    }
    expect(leaks.slice(0, 10)).toEqual([]);
    // Most wrong values must be refused, or the table tests nothing.
    expect(refusals).toBeGreaterThan(cases.length / 2);
  }, 120_000);

  it('names a nested field by its place in the list', async () => {
    const backup = fixture();
    const contact = backup.tables.contacts[1];
    contact.emails = [{ id: 'e1', label: 'work', value: 'helena@example.org' }, { id: 'e2', label: 'work', value: 'not an email' }];
    const result = await parseBackup(JSON.stringify(backup), VERSION);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/Contact 2, email 2/i);
    expect(forbiddenIn(result.error.message, Object.keys(contact))).toEqual([]);
  });

  it('breaks the trash and the header the same way', async () => {
    const messages: string[] = [];
    for (const value of WRONG_VALUES) {
      for (const field of ['deletedAt', 'table', 'recordId', 'label', 'items']) {
        const backup = fixture();
        backup.trash[0][field] = value;
        const result = await parseBackup(JSON.stringify(backup), VERSION);
        if (!result.ok) messages.push(result.error.message);
      }
      for (const field of ['format', 'schemaVersion', 'exportedAt', 'tables', 'trash']) {
        const backup = fixture();
        backup[field] = value;
        const result = await parseBackup(JSON.stringify(backup), VERSION);
        if (!result.ok) messages.push(result.error.message);
      }
    }
    expect(messages.length).toBeGreaterThan(20);
    const keys = ['deletedAt', 'recordId', 'schemaVersion', 'exportedAt'];
    expect(messages.filter((m) => forbiddenIn(m, keys).length > 0)).toEqual([]);
  }, 60_000);
});

describe('CSV and vCard refusals and notes read plainly', () => {
  async function contactPlan(csv: string) {
    const parsed = await parseCsv(csv);
    if (!parsed.ok) return { messages: [parsed.error.message] };
    const { table } = parsed;
    const mapping = suggestMapping(table.headers, 'contacts', table.rows);
    const plan = await planImport(applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }), []);
    return { messages: [...plan.invalid.map((r) => r.reason), ...plan.notes.map((n) => n.message)] };
  }

  async function programPlan(csv: string) {
    const parsed = await parseCsv(csv);
    if (!parsed.ok) return { messages: [parsed.error.message] };
    const { table } = parsed;
    const mapping = suggestMapping(table.headers, 'programs', table.rows);
    const plan = await planProgramImport(applyMapping(table.rows, mapping, 'programs', { headers: table.headers, delimiter: table.delimiter }), []);
    return { messages: [...plan.invalid.map((r) => r.reason), ...plan.notes.map((n) => n.message)] };
  }

  const contactRows = [
    'Name,Email,Phone,Title,Institution,Role,Keep in touch every (days),LinkedIn,Tags',
    ',,,,,,,,',
    '\u200b\u200b,a@example.org,,,,,,,',
    'Ada Lovelace,not-an-email,+1 555 0100,Fellow,Mercy,attending,1.5,linkedin.com/in/ada,a;b',
    'Bo Chen,bo@example.org,call me,,,astronaut,-3,not a link,',
    `Cy Diaz,${'x'.repeat(400)}@example.org,,${'T'.repeat(5000)},,,99999999,https://example.org/x,`,
    'Di Evans,di@@example.org,,,,,abc,javascript:alert(1),',
  ];

  it('contacts CSV: every reason and note is in words', async () => {
    const { messages } = await contactPlan(contactRows.join('\r\n'));
    expect(messages.length).toBeGreaterThan(3);
    const leaks = messages.filter((m) => forbiddenIn(m, ['cadenceDays', 'linkedinUrl', 'programIds', 'mentorSignals']).length > 0);
    expect(leaks).toEqual([]);
  });

  it('programs CSV: every reason and note is in words', async () => {
    const csv = [
      'Program,Institution,State,Track,Status,Interest,Website,Positions,Median Step 2 CK',
      ',,,,,,,,',
      'Lakeshore IR,Lakeshore,ZZ,space-ir,maybe,9,not a site,-1,abc',
      'Hill IR,Hill,OH,integrated-ir,applied,2.5,ftp://x,1.5,999',
    ].join('\r\n');
    const { messages } = await programPlan(csv);
    expect(messages.length, messages.join("\n")).toBeGreaterThanOrEqual(2);
    const leaks = messages.filter((m) => forbiddenIn(m, ['medianStep2ck', 'positions', 'website']).length > 0);
    expect(leaks).toEqual([]);
  });

  it('vCard: refusals and notes are in words', async () => {
    const cards = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEMAIL:not-an-email\r\nURL:not a link\r\nBDAY:31-31-31\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:9.9\r\nFN:Bo\r\nEND:VCARD',
      'BEGIN:VCARD\r\nFN:Cy\r\n',
    ];
    const messages: string[] = [];
    for (const card of cards) {
      const parsed = await parseVCards(card);
      if (!parsed.ok) {
        messages.push(parsed.error.message);
        continue;
      }
      const plan = await planImport(parsed.candidates, []);
      messages.push(...plan.invalid.map((r) => r.reason), ...plan.notes.map((n) => n.message));
    }
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.filter((m) => forbiddenIn(m, ['linkedinUrl']).length > 0)).toEqual([]);
  });
});
