import { SearchButton } from '../features/search/components/search-button';

/** Actions available from every screen, in the top bar. */
export function GlobalActions() {
  return (
    <>
      <SearchButton />
    </>
  );
}
