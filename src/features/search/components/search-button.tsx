/** The top bar's Search button, and Ctrl/Cmd+K from anywhere, opening the search palette. */
import { lazy, Suspense, useEffect, useState } from 'react';
import './search.css';

// The palette reads the database; loading it on first use keeps the data layer out of the shell's first paint.
const SearchPalette = lazy(() => import('./search-palette').then((m) => ({ default: m.SearchPalette })));

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

export function SearchButton() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      event.preventDefault();
      // Another dialog (a form) keeps the keyboard; the palette does not stack on top of it.
      if (document.querySelector('[role="dialog"]')) return;
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="btn search-button"
        aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
        onClick={() => setOpen(true)}
      >
        Search
        <kbd className="search-shortcut" aria-hidden="true">
          {IS_MAC ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchPalette onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
