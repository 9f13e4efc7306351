import { PageHeader } from './page-header';

/** An honest placeholder for a screen that a later release fills in. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="card coming-soon">
        <h2>Coming soon</h2>
        <p>{what}</p>
        <p className="muted">This screen is not built yet. Nothing you have entered elsewhere is affected.</p>
      </div>
    </>
  );
}
