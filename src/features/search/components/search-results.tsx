/**
 * The search results page (/search?q=…): every match, grouped by kind, for
 * when the palette's few rows are not enough. The query lives in the URL, so
 * the page can be bookmarked, shared with oneself, and returned to with Back.
 */
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_KIND_LABELS } from '../../../domain/search/documents';
import type { SearchHit } from '../../../domain/search/search-index';
import { searchTerms } from '../../../domain/search/terms';
import { useFullTextSearch } from '../hooks/use-full-text-search';
import { useSearchAction } from '../hooks/use-search-action';
import { HitText } from './hit-text';
import './search.css';

const PER_KIND = 100;

export function SearchResults() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const { answer, status } = useFullTextSearch(query, PER_KIND);
  const run = useSearchAction();
  const inputId = useId();
  const hasQuery = searchTerms(query).length > 0;
  const current = answer?.query === query ? answer : undefined;

  const summary = !hasQuery
    ? 'Type a word from a name, a note, a next step or a command.'
    : current === undefined
      ? 'Searching…'
      : current.total === 0
        ? status.ready
          ? `Nothing matches “${query.trim()}”.`
          : `Nothing matches “${query.trim()}” yet. Still reading your notes…`
        : `${current.total} ${current.total === 1 ? 'result' : 'results'} for “${query.trim()}”.${status.ready ? '' : ' Still reading your notes…'}`;

  return (
    <div className="search-results">
      <form role="search" className="field search-results-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search everything</label>
        <input
          id={inputId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
        />
      </form>
      <p className="muted" role="status" aria-live="polite">
        {summary}
      </p>
      {current?.groups.map((group) => (
        <section key={group.kind} className="card search-results-group" aria-labelledby={`search-${group.kind}`}>
          <h2 id={`search-${group.kind}`}>
            {SEARCH_KIND_LABELS[group.kind]} <span className="muted search-results-count">{group.total}</span>
          </h2>
          <ul className="search-results-list">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <ResultLink hit={hit} run={run} />
              </li>
            ))}
          </ul>
          {group.total > group.hits.length && (
            <p className="muted">
              Showing the best {group.hits.length} of {group.total}. Add a word to narrow them down.
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function ResultLink({ hit, run }: { hit: SearchHit; run: ReturnType<typeof useSearchAction> }) {
  if (hit.action.type === 'go')
    return (
      <Link className="search-result" to={hit.action.to}>
        <HitText hit={hit} />
      </Link>
    );
  const action = hit.action;
  return (
    <button type="button" className="search-result" onClick={() => run(action)}>
      <HitText hit={hit} />
    </button>
  );
}
