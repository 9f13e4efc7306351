import type { SearchHit } from '../../../domain/search/search-index';
import { MarkedText } from './marked-text';

/** A hit's title, detail line and excerpt, shared with the results page. */
export function HitText({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="palette-name">
        <MarkedText {...hit.title} />
      </span>
      {hit.detail && <span className="palette-detail muted">{hit.detail}</span>}
      {hit.excerpt && (
        <span className="palette-excerpt">
          <span className="palette-excerpt-label">{hit.excerpt.label}:</span> <MarkedText text={hit.excerpt.text} ranges={hit.excerpt.ranges} />
        </span>
      )}
    </>
  );
}
