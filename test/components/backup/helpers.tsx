/** Shared set-up for the backup screens' component tests. */
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { Toasts } from '../../../src/components/toasts';
import { db } from '../../../src/data/db';

/**
 * Renders a screen part with the toasts, in a router. `applyAccept: false`
 * because a person can always switch the file dialog to "All files", so the
 * screens must cope with any file whatever the input's accept list says.
 */
export function renderScreen(ui: ReactElement) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            {ui}
            <Toasts />
          </>
        ),
      },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup({ applyAccept: false });
  return { user, router, ...render(<RouterProvider router={router} />) };
}

export function textFile(text: string, name: string, type = 'text/plain'): File {
  return new File([text], name, { type });
}

/** The downloads a screen started: file name, type and text of each. */
export interface Download {
  fileName: string;
  type: string;
  text: () => Promise<string>;
}

/**
 * jsdom has no object URLs and does not follow download links: record what
 * was handed to URL.createObjectURL and which <a download> was clicked.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`No blob behind ${this.href}`);
    downloads.push({ fileName: this.download, type: blob.type, text: () => blobText(blob) });
  });
  return downloads;
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** The number a <dt> label's <dd> shows, e.g. summaryValue('To add'). */
export function summaryValue(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** Makes every new row of a table fail as if storage were full; returns the undo. */
export function failCreatesWith(table: 'contacts' | 'programs' | 'events' | 'settings', error: () => Error, onRow?: () => void): () => void {
  const hook = () => {
    onRow?.();
    throw error();
  };
  db.table(table).hook('creating', hook);
  return () => db.table(table).hook('creating').unsubscribe(hook);
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
