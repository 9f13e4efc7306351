import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES, type ImportFileKind } from '../../../src/domain/backup/import-error';
import { decodeText, readImportFile, sniffBinary, type PickedFile } from '../../../src/domain/backup/import-file';

/** A picked file over bytes (claiming `size`), counting reads. */
function fakeFile(name: string, bytes: Uint8Array<ArrayBuffer>, size = bytes.length) {
  const blob = new Blob([bytes]);
  return {
    name,
    size,
    slice: vi.fn((start?: number, end?: number) => blob.slice(start, end)),
  } satisfies PickedFile;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('readImportFile', () => {
  it.each([
    { kind: 'csv' as ImportFileKind, size: 50 * 1024 * 1024, message: /50 MB; Rapport reads CSV files up to 20 MB\. Split it/ },
    { kind: 'vcard' as ImportFileKind, size: MAX_IMPORT_BYTES + 1, message: /20 MB \(20,971,521 bytes\); Rapport reads vCard \(\.vcf\) files up to 20 MB \(20,971,520 bytes\)/ },
    { kind: 'backup' as ImportFileKind, size: MAX_BACKUP_BYTES + 1, message: /This file is 100 MB \(104,857,601 bytes\); Rapport reads Rapport backup \(\.json\) files up to 100 MB \(104,857,600 bytes\)/ },
  ])('refuses a $kind file of $size bytes without reading a byte', async ({ kind, size, message }) => {
    const file = fakeFile('big.csv', new Uint8Array(0), size);
    const result = await readImportFile(file, kind);
    expect(!result.ok && result.error).toMatchObject({ code: 'too-large', message: expect.stringMatching(message) });
    expect(file.slice).not.toHaveBeenCalled();
  });

  it('accepts a 50 MB backup: it is below the backup limit', async () => {
    const file = fakeFile('rapport-backup.json', utf8('{}'), 50 * 1024 * 1024);
    expect((await readImportFile(file, 'backup')).ok).toBe(true);
  });

  it.each([
    { name: 'empty.csv', content: new Uint8Array(0), code: 'empty' },
    { name: 'blank.csv', content: utf8(' \r\n\t\n'), code: 'empty' },
    { name: 'photo.png', content: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), code: 'wrong-type', message: /PNG image, not a CSV file/ },
    { name: 'photo.jpg', content: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), code: 'wrong-type', message: /JPEG image/ },
    { name: 'photo.heic', content: bytes(0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63), code: 'wrong-type', message: /photo or video/ },
    { name: 'letter.pdf', content: utf8('%PDF-1.7\n%âãÏÓ'), code: 'wrong-type', message: /PDF document/ },
    { name: 'contacts.docx', content: bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0), code: 'wrong-type', message: /Word document/ },
    { name: 'contacts.xlsx', content: bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0), code: 'wrong-type', message: /Excel workbook.*"CSV UTF-8"/ },
    { name: 'contacts.xls', content: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), code: 'wrong-type', message: /older Microsoft Office document/ },
    { name: 'archive.zip', content: bytes(0x50, 0x4b, 0x03, 0x04, 1, 2), code: 'wrong-type', message: /ZIP archive/ },
    { name: 'data.bin', content: bytes(0x41, 0x42, 0x00, 0x43), code: 'wrong-type', message: /binary file/ },
  ])('refuses $name', async ({ name, content, code, message }) => {
    const result = await readImportFile(fakeFile(name, content), 'csv');
    expect(!result.ok && result.error.code).toBe(code);
    if (message) expect(!result.ok && result.error.message).toMatch(message);
  });

  it('reads UTF-8 with and without a byte-order mark', async () => {
    const plain = await readImportFile(fakeFile('a.csv', utf8('Name\nZoë')), 'csv');
    const withBom = await readImportFile(fakeFile('a.csv', utf8('\uFEFFName\nZoë')), 'csv');
    expect(plain.ok && plain.text).toBe('Name\nZoë');
    expect(withBom.ok && withBom.text).toBe('Name\nZoë');
  });

  it('reads a real browser File', async () => {
    const file = new File(['BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n'], 'zoe.vcf', { type: 'text/vcard' });
    const result = await readImportFile(file, 'vcard');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toContain('FN:Zoë');
  });

  it('turns a read failure into a message', async () => {
    const file = { name: 'gone.csv', size: 3, slice: (): Blob => { throw new Error('NotReadableError'); } };
    const result = await readImportFile(file, 'csv');
    expect(!result.ok && result.error.message).toMatch(/could not read this file/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readImportFile(fakeFile('a.csv', utf8('a')), 'csv', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('decodeText', () => {
  it('decodes UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('Zoë').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(le, 'csv')).toBe('Zoë');
    expect(sniffBinary(le)).toBeNull();
  });

  it('falls back to Windows-1252 for CSV and vCard, but not for a backup', () => {
    const latin = new Uint8Array([0x5a, 0x6f, 0xeb]);
    expect(decodeText(latin, 'csv')).toBe('Zoë');
    expect(decodeText(latin, 'vcard')).toBe('Zoë');
    expect(decodeText(latin, 'backup')).toBeNull();
  });

  it('refuses a backup that is not UTF-8, saying so', async () => {
    const result = await readImportFile(fakeFile('b.json', new Uint8Array([0x7b, 0xeb, 0x7d])), 'backup');
    expect(!result.ok && result.error.message).toMatch(/not UTF-8 text/);
  });
});
