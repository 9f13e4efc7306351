import { useId, useState, type ReactNode } from 'react';

export const PAGE_SIZE = 25;

/** A titled ranked list that shows the first 25 rows and more on request. */
export function RankedList<T>({
  title,
  rows,
  renderRow,
  empty,
}: {
  title: string;
  rows: readonly T[];
  renderRow: (row: T, place: number) => ReactNode;
  empty: ReactNode;
}) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const headingId = useId();
  return (
    <section className="card priority-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="muted priority-count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ol className="plain-list priority-rows">{rows.slice(0, shown).map((row, i) => renderRow(row, i + 1))}</ol>
          {rows.length > shown && (
            <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              Show more ({rows.length - shown} left)
            </button>
          )}
        </>
      )}
    </section>
  );
}
