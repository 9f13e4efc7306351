import { useEffect, useState } from 'react';
import { searchClient, type SearchIndexStatus } from '../../../data/search-client';
import type { SearchAnswer } from '../../../domain/search/search-index';
import { searchTerms } from '../../../domain/search/terms';

export interface FullTextSearch {
  /** The latest answer (possibly for the previous keystroke while the next is on its way); undefined before the first. */
  answer: SearchAnswer | undefined;
  status: SearchIndexStatus;
}

/**
 * Searches the full-text index (started on first use, kept current from the database's change
 * notices) and asks again when the index changes, so a write shows up in open results. The
 * answer is a derived view, like the blueprint worker's, not a copy of rows to keep in step.
 */
export function useFullTextSearch(query: string, perKind: number): FullTextSearch {
  const client = searchClient();
  const [status, setStatus] = useState(client.status());
  const [answer, setAnswer] = useState<SearchAnswer | undefined>(undefined);
  const empty = searchTerms(query).length === 0;

  useEffect(() => client.subscribe(setStatus), [client]);

  // Asked again whenever the index changed; while it is still being built, at most every few pages.
  const version = status.ready ? status.version : Math.floor(status.documents / 20_000);
  useEffect(() => {
    if (empty) return;
    let current = true;
    void client.search(query, perKind).then((result) => {
      if (current && result) setAnswer(result.answer);
    });
    return () => {
      current = false;
    };
  }, [client, query, perKind, empty, version]);

  return { answer: empty ? undefined : answer, status };
}
