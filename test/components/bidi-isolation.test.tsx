/** Names and free text from the user sit inside <bdi> where a sentence wraps them, so right-to-left names keep its punctuation in place. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createContact } from '../../src/data/contacts';
import { renderContactPage } from './contacts/render-contact-page';
import { contactFields } from '../factories';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 20, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('bidi isolation', () => {
  it('isolates a right-to-left name in "Nothing due for …." on the contact page', async () => {
    const name = 'د. أحمد الحسن';
    const contact = await createContact(contactFields({ name }));
    renderContactPage(contact.id);
    const sentence = await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent === `Nothing due for ${name}.`);
    const isolated = sentence.querySelector('bdi');
    expect(isolated?.textContent).toBe(name);
    // The full stop stays outside the isolated name.
    expect(sentence.lastChild?.textContent).toBe('.');
  });
});
