import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { SearchResults } from '../../features/search/components/search-results';

export function SearchRoute() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  useEffect(() => {
    document.title = query ? `Search: ${query} · Rapport` : 'Search · Rapport';
  }, [query]);
  return (
    <>
      <PageHeader title="Search" description="Everything you wrote, and the app's commands, grouped by kind." />
      <SearchResults />
    </>
  );
}
