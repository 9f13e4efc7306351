import { useId, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextWarnings, findTextWarnings } from '../../src/components/text-warnings';

function NotesHarness({ initial = '', onLocate }: { initial?: string; onLocate?: (start: number, end: number) => void }) {
  const [text, setText] = useState(initial);
  const id = useId();
  return (
    <>
      <label htmlFor="notes">Notes</label>
      <textarea id="notes" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={id} />
      <TextWarnings id={id} text={text} checks={['patient-data']} subject="note" onLocate={onLocate} />
    </>
  );
}

describe('TextWarnings', () => {
  it('shows patient-data warnings for "pt J.S. MRN 1234567", each phrase with its reason, tied to the field', async () => {
    const user = userEvent.setup();
    const onLocate = vi.fn();
    render(<NotesHarness onLocate={onLocate} />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();

    await user.type(notes, 'pt J.S. MRN 1234567');
    const items = await within(region).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Possible patient data');
    expect(items[0]).toHaveTextContent('pt J.S.');
    expect(items[0]).toHaveTextContent('A name or initials next to "patient" can identify someone');
    expect(items[1]).toHaveTextContent('MRN 1234567');
    expect(items[1]).toHaveTextContent('This looks like a medical record number');
    expect(within(region).getByText('Check 2 phrases', { exact: false })).toBeInTheDocument();
    // The field is described by the live region, so a screen reader reads the warning with it.
    expect(notes).toHaveAccessibleDescription(expect.stringContaining('medical record number'));

    await user.click(within(items[1]).getByRole('button', { name: 'Show “MRN 1234567” in the note' }));
    expect(onLocate).toHaveBeenCalledWith(8, 19);
  });

  it('stays silent on an ordinary networking note and clears once the identifier is removed', async () => {
    const user = userEvent.setup();
    render(<NotesHarness initial="Met Dr. Lee at SIR 2027; call 555-123-4567 about the PGY-2 research year." />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, ' MRN 7654321');
    await screen.findByText('MRN 7654321');
    await user.clear(notes);
    await user.type(notes, 'Talked about GAE outcomes.');
    await vi.waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });

  it('runs only the checks asked for', () => {
    const text = 'I will rank you #1. pt J.S. MRN 1234567';
    expect(findTextWarnings(text, ['nrmp']).map((w) => w.check)).toEqual(['nrmp']);
    expect(findTextWarnings(text, ['patient-data']).map((w) => w.check)).toEqual(['patient-data', 'patient-data']);
    const both = findTextWarnings(text, ['nrmp', 'patient-data']);
    expect(both.map((w) => w.phrase)).toEqual(['I will rank you #1', 'pt J.S.', 'MRN 1234567']);
    for (const w of both) expect(text.slice(w.start, w.end)).toBe(w.phrase);
  });

  it('flags NRMP wording with its explanation when drafts are checked', () => {
    render(<TextWarnings id="w" text="Thank you! I will rank you #1." checks={['nrmp', 'patient-data']} subject="message" />);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('NRMP wording');
    expect(region).toHaveTextContent('I will rank you #1');
    expect(region).toHaveTextContent('This promises a place on your rank list');
  });
});
