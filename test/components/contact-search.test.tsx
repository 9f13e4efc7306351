import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactSearch, matchContacts } from '../../src/components/contact-search';
import { contact } from '../domain/playbook/records';

const people = [
  contact({ name: 'Dr. José Núñez', role: 'program-director', institution: 'Aldercrest' }),
  contact({ name: 'Dr. Ana Silva', role: 'ir-attending', institution: 'Bramblewood' }),
  contact({ name: 'Nadia Okafor', role: 'resident', institution: 'Aldercrest' }),
];

describe('matchContacts', () => {
  it.each([
    ['nunez', ['Dr. José Núñez']],
    ['aldercrest', ['Dr. José Núñez', 'Nadia Okafor']],
    ['aldercrest resident', ['Nadia Okafor']],
    ['program director', ['Dr. José Núñez']],
    ['ana', ['Dr. Ana Silva']],
    ['  ', []],
    ['nobody', []],
  ])('"%s" finds %j', (query, names) => {
    expect(matchContacts(people, query).map((c) => c.name)).toEqual(names);
  });

  it('puts names that start with the query first and leaves out excluded ones', () => {
    expect(matchContacts(people, 'a').map((c) => c.name).slice(0, 1)).toEqual(['Dr. Ana Silva']);
    expect(matchContacts(people, 'aldercrest', new Set([people[0].id])).map((c) => c.name)).toEqual(['Nadia Okafor']);
  });
});

describe('ContactSearch', () => {
  it('picks by click, by Enter (first match) and by arrow keys, then clears the query', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<ContactSearch contacts={people} label="Add a person" onPick={onPick} />);
    const box = screen.getByRole('searchbox', { name: 'Add a person' });
    await user.type(box, 'aldercrest');
    expect(screen.getByRole('status')).toHaveTextContent('2 matches');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /Nadia Okafor/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith(people[2]);
    expect(box).toHaveValue('');
    await user.type(box, 'silva{Enter}');
    expect(onPick).toHaveBeenLastCalledWith(people[1]);
    await user.type(box, 'zzz');
    expect(screen.getByText('No contact matches.')).toBeInTheDocument();
  });
});
