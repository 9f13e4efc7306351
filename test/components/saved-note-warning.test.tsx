import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SavedNoteWarning } from '../../src/components/saved-note-warning';

describe('SavedNoteWarning', () => {
  it('stays on a saved note that holds patient identifiers, naming them', () => {
    render(<SavedNoteWarning texts={['Talked about Y-90', 'Case: MRN 12345678, DOB 03/14/1962']} />);
    expect(screen.getByRole('note')).toHaveTextContent('May hold patient identifiers: “MRN 12345678”, “DOB 03/14/1962”.');
  });

  it('shows nothing for a clean note', () => {
    const { container } = render(<SavedNoteWarning texts={['Talked about PAD limb salvage', '']} />);
    expect(container).toBeEmptyDOMElement();
  });
});
