import { useState } from 'react';
import { act, screen } from '@testing-library/react';
import { Link } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeaveGuard, readUnfinishedWork } from '../../src/components/leave-guard';
import { UnfinishedWorkNotice } from '../../src/components/unfinished-work-notice';
import { renderWithRouter } from '../render';

function Screen({ initiallyActive = true }: { initiallyActive?: boolean }) {
  const [active, setActive] = useState(initiallyActive);
  return (
    <>
      <LeaveGuard active={active} what="The import" advice="Nothing from it was saved. Import the file again." />
      <button type="button" onClick={() => setActive(false)}>
        Finish
      </button>
      <Link to="/elsewhere">Contacts</Link>
    </>
  );
}

afterEach(() => sessionStorage.clear());

function beforeUnloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('LeaveGuard', () => {
  it('while the work runs: closing the tab asks, and the tab remembers the work until it ends', async () => {
    const { user } = renderWithRouter(<Screen />);
    expect(beforeUnloadPrevented()).toBe(true);
    expect(readUnfinishedWork()).toMatchObject({ what: 'The import' });
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(beforeUnloadPrevented()).toBe(false);
    expect(readUnfinishedWork()).toBeNull();
  });

  it('moving to another screen asks first; Cancel stays, Leave goes', async () => {
    const { user, router } = renderWithRouter(<Screen />);
    await user.click(screen.getByRole('link', { name: 'Contacts' }));
    const dialog = await screen.findByRole('dialog', { name: /Leave while the import runs/ });
    expect(dialog).toHaveTextContent('The import stops if you leave this screen.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe('/');
    await user.click(screen.getByRole('link', { name: 'Contacts' }));
    await user.click(await screen.findByRole('button', { name: 'Leave and stop it' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    // Left through the app: the work was stopped on purpose, nothing to report later.
    expect(readUnfinishedWork()).toBeNull();
  });

  it('idle: no question, no record', async () => {
    const { user } = renderWithRouter(<Screen initiallyActive={false} />);
    expect(beforeUnloadPrevented()).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Contacts' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });
});

describe('UnfinishedWorkNotice', () => {
  // The time is written in the user's locale: this case is an American English browser.
  beforeEach(() => {
    Object.defineProperty(window.navigator, 'languages', { value: ['en-US'], configurable: true });
  });
  afterEach(() => {
    Object.defineProperty(window.navigator, 'languages', { value: ['en-GB'], configurable: true });
  });

  it('after a page left mid-work, says it did not finish and what to do, once', async () => {
    sessionStorage.setItem(
      'rapport:unfinished-work',
      JSON.stringify({ what: 'The import', startedAt: '2026-12-03T10:42:00', advice: 'Import the file again.' }),
    );
    const { user } = renderWithRouter(<UnfinishedWorkNotice />);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('The import did not finish.');
    expect(notice).toHaveTextContent('started at 10:42 AM');
    expect(notice).toHaveTextContent('Import the file again.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readUnfinishedWork()).toBeNull();
  });

  it('a damaged record shows nothing', () => {
    sessionStorage.setItem('rapport:unfinished-work', '{not json');
    act(() => {
      renderWithRouter(<UnfinishedWorkNotice />);
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
