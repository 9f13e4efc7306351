import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p>There is no screen at this address. Your data is untouched.</p>
      <Link to="/">Go to Today</Link>
    </div>
  );
}
