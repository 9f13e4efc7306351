import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown instead of a blank screen when a screen fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="error-page" role="alert">
      <h1>Something went wrong on this screen</h1>
      <p>Your data is safe: it stays in this browser and nothing was deleted.</p>
      <p className="muted">Details: {detail}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload Rapport
        </button>
        <a className="btn" href="/">
          Go to Today
        </a>
      </div>
    </main>
  );
}
