/** What the Log meeting dialog starts with, by where it opens from, and the defaults that follow the user's picks. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, configure, screen, within } from '@testing-library/react';
import { GlobalActions } from '../../../src/app/global-actions';
import { contactCommands } from '../../../src/data/contacts';
import { programCommands } from '../../../src/data/programs';
import { openLogMeeting, useLogMeetingStore } from '../../../src/stores/log-meeting-store';
import { contactFields, programFields } from '../../factories';
import { renderWithRouter } from '../../render';

const NOW = new Date('2027-03-10T10:00:00');
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  useLogMeetingStore.setState({ open: false, preset: {}, session: 0 });
});
afterEach(() => vi.useRealTimers());

async function setUp() {
  const lakeshore = await programCommands.create(programFields({ name: 'Lakeshore Integrated IR', institution: 'Lakeshore Medical' }));
  const maple = await programCommands.create(programFields({ name: 'Maple Ridge ESIR', institution: 'Maple Ridge Health' }));
  const ana = await contactCommands.create(contactFields({ name: 'Dr. Ana Ruiz', role: 'ir-attending', institution: 'Lakeshore Medical', programIds: [lakeshore.id] }));
  const anaToo = await contactCommands.create(contactFields({ name: 'Dr. Ana Ruiz', role: 'resident', institution: 'Maple Ridge Health', programIds: [maple.id] }));
  const bo = await contactCommands.create(contactFields({ name: 'Bo Lind', role: 'resident', programIds: [maple.id] }));
  return { lakeshore, maple, ana, anaToo, bo };
}

describe('Log meeting presets and defaults', () => {
  it('from a contact: she is chosen and her one program filled in; two people of one name are told apart', async () => {
    const { ana, lakeshore } = await setUp();
    const view = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting({ contactIds: [ana.id] }));
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    await within(dialog).findByRole('combobox', { name: 'Contacts' });
    const chips = await within(dialog).findByRole('list', { name: 'Chosen contacts' });
    expect(chips).toHaveTextContent('Dr. Ana Ruiz');
    expect(chips).toHaveTextContent('Lakeshore Medical · IR attending');
    expect(within(dialog).getByRole('combobox', { name: 'Program' })).toHaveValue(lakeshore.id);
    // Typing the shared name lists both, each with institution and role.
    await view.user.type(within(dialog).getByRole('combobox', { name: 'Contacts' }), 'Ana');
    const options = within(within(dialog).getByRole('listbox', { name: 'Contacts: matches' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain('Dr. Ana RuizResident · Maple Ridge Health');
  });

  it('picking a person with one program fills the program, unless the user chose one', async () => {
    const { bo, maple } = await setUp();
    const view = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting());
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    await within(dialog).findByRole('combobox', { name: 'Contacts' });
    const program = within(dialog).getByRole('combobox', { name: 'Program' });
    expect(program).toHaveValue('');
    await view.user.type(within(dialog).getByRole('combobox', { name: 'Contacts' }), 'Bo L');
    await view.user.click(within(dialog).getByRole('option', { name: /^Bo Lind/ }));
    expect(program).toHaveValue(maple.id);
    expect(bo.programIds).toEqual([maple.id]);
  });

  it('from a program: its people are offered first, before anything is typed', async () => {
    const { maple } = await setUp();
    const view = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting({ programId: maple.id }));
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    await within(dialog).findByRole('combobox', { name: 'Contacts' });
    const box = within(dialog).getByRole('combobox', { name: 'Contacts' });
    await view.user.click(box);
    const names = within(within(dialog).getByRole('listbox', { name: 'Contacts: matches' })).getAllByRole('option').map((o) => o.textContent);
    expect(names).toEqual(['Bo LindResident · Fictional University Hospital', 'Dr. Ana RuizResident · Maple Ridge Health']);
  });

  it('Earlier today and Yesterday set When in one tap', async () => {
    await setUp();
    const view = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting());
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    await within(dialog).findByRole('combobox', { name: 'Contacts' });
    const when = within(dialog).getByLabelText('When');
    expect(when).toHaveValue('2027-03-10T10:00');
    await view.user.click(within(dialog).getByRole('button', { name: 'Yesterday' }));
    expect(when).toHaveValue('2027-03-09T10:00');
    await view.user.click(within(dialog).getByRole('button', { name: 'Earlier today' }));
    expect(when).toHaveValue('2027-03-10T08:00');
  });

  it('someone created inline is "Other" until a role is chosen', async () => {
    await setUp();
    const view = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting());
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    await within(dialog).findByRole('combobox', { name: 'Contacts' });
    await view.user.type(within(dialog).getByRole('combobox', { name: 'Contacts' }), 'Noor Haddad');
    await view.user.click(within(dialog).getByRole('option', { name: 'Create “Noor Haddad”' }));
    expect(within(dialog).getByLabelText('Role')).toHaveValue('other');
  });
});
