/**
 * The first gate for a file the user picked: size (checked before a single
 * byte is read), emptiness, and whether the bytes are text at all — a photo,
 * a PDF or a Word document is named as such instead of being parsed.
 */
import type { ProgressOptions } from '../../lib/progress';
import {
  FILE_KIND_LABELS,
  emptyFileError,
  importError,
  maxBytesFor,
  tooLargeError,
  type ImportError,
  type ImportFileKind,
  type ImportResult,
} from './import-error';

/** The part of a browser `File` the importer uses (a `File` satisfies it). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  /** Every read goes through slice, so nothing is read before the size check passes. */
  slice(start?: number, end?: number): Blob;
}

/** A blob's bytes; through FileReader where Blob.arrayBuffer is missing (older browsers, jsdom). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(new Uint8Array(reader.result)) : reject(new Error('Unreadable file')));
    reader.onerror = () => reject(reader.error ?? new Error('Unreadable file'));
    reader.readAsArrayBuffer(blob);
  });
}

interface Signature {
  bytes: (number | null)[];
  offset?: number;
  what: string;
}

// Magic numbers of the binary files people pick by mistake; null matches any byte.
const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], what: 'a WebP image' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a photo or video' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an older Microsoft Office document' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
];

function matches(head: Uint8Array, sig: Signature): boolean {
  const offset = sig.offset ?? 0;
  if (head.length < offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => b === null || head[offset + i] === b);
}

/** What a binary file is, by its first bytes and name; null when it may be text. */
export function sniffBinary(head: Uint8Array, fileName = ''): string | null {
  const sig = SIGNATURES.find((s) => matches(head, s));
  if (sig?.what === 'a ZIP archive') {
    // .docx, .xlsx, .pages and .numbers are all ZIP archives inside.
    const ext = fileName.toLowerCase().split('.').pop() ?? '';
    if (ext === 'docx') return 'a Word document';
    if (ext === 'xlsx') return 'an Excel workbook';
    if (ext === 'numbers' || ext === 'pages' || ext === 'key') return 'an Apple iWork document';
  }
  if (sig) return sig.what;
  if (startsWithUtf16Bom(head)) return null;
  // Text files never hold NUL bytes; nearly every binary format does.
  return head.includes(0) ? 'a binary file' : null;
}

function startsWithUtf16Bom(head: Uint8Array): boolean {
  return head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

function wrongTypeError(what: string, kind: ImportFileKind): ImportError {
  const hint =
    what === 'an Excel workbook' || what === 'an older Microsoft Office document'
      ? ' In your spreadsheet app, save it as "CSV UTF-8" and import that file.'
      : ` Choose a ${FILE_KIND_LABELS[kind]} file.`;
  return importError('wrong-type', `This file is ${what}, not a ${FILE_KIND_LABELS[kind]} file.${hint}`);
}

/**
 * Decodes a file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a
 * BOM (Excel's "Unicode text"), and — for CSV and vCard only — Windows-1252,
 * which older spreadsheet exports use. Returns null for invalid UTF-8 in a backup.
 */
export function decodeText(bytes: Uint8Array, kind: ImportFileKind): string | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return kind === 'backup' ? null : new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Refuses text longer than the kind's limit, for callers that got text without a file. */
export function checkTextSize(text: string, kind: ImportFileKind): ImportError | null {
  // A UTF-16 code unit is at least one byte of the file, so length is a lower bound on its size.
  return text.length > maxBytesFor(kind) ? tooLargeError(text.length, kind) : null;
}

/**
 * Reads a picked file as text after checking, in order: its size (before
 * reading), that it is not empty, that it is not a known binary format, and
 * that it decodes as text. Never throws except on cancel (AbortError).
 */
export async function readImportFile(
  file: PickedFile,
  kind: ImportFileKind,
  options: ProgressOptions = {},
): Promise<ImportResult<{ text: string; bytes: Uint8Array }>> {
  options.signal?.throwIfAborted();
  if (file.size > maxBytesFor(kind)) return { ok: false, error: tooLargeError(file.size, kind) };
  if (file.size === 0) return { ok: false, error: emptyFileError() };
  options.onProgress?.(0);
  let bytes: Uint8Array;
  try {
    const head = await bytesOf(file.slice(0, 4096));
    const binary = sniffBinary(head, file.name);
    if (binary) return { ok: false, error: wrongTypeError(binary, kind) };
    options.signal?.throwIfAborted();
    bytes = await bytesOf(file.slice(0, file.size));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: importError('wrong-type', 'Rapport could not read this file. Choose it again, or copy it somewhere else first.') };
  }
  options.signal?.throwIfAborted();
  const text = decodeText(bytes, kind);
  if (text === null) {
    return { ok: false, error: importError('wrong-type', `This file is not UTF-8 text, so it is not a ${FILE_KIND_LABELS[kind]} file.`) };
  }
  if (text.trim() === '') return { ok: false, error: emptyFileError() };
  options.onProgress?.(1);
  // The bytes too: a vCard file may mix character sets card by card.
  return { ok: true, text, bytes };
}
