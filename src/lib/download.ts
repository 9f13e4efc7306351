/**
 * Saves text as a file through the browser's download, with no server: a Blob,
 * an object URL and a temporary <a download>. The URL is released a moment
 * later, once the browser has started the download.
 */

export const MIME = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  vcard: 'text/vcard;charset=utf-8',
} as const;

export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
