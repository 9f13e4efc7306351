import { PageHeader } from '../../components/page-header';
import { SearchResults } from '../../features/search/components/search-results';

export function SearchRoute() {
  return (
    <>
      <PageHeader title="Search" description="Everything you wrote, and the app's commands, grouped by kind." />
      <SearchResults />
    </>
  );
}
