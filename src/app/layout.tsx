import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Toasts } from '../components/toasts';
import { UnfinishedWorkNotice } from '../components/unfinished-work-notice';
import { NAV_SCREENS } from './screens';
import { SchemaChangedNotice } from './schema-changed-notice';
import { GlobalActions } from './global-actions';
import { PwaUpdateNotice } from './pwa-update';
import { ReminderNotifierHost } from '../features/reminders/components/reminder-notifier-host';
import { SyncResume } from '../features/sync/components/sync-resume';
import './layout.css';

export function AppLayout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();

  useEffect(() => {
    const title = NAV_SCREENS.find((s) => s.path === location.pathname)?.label;
    if (title) document.title = `${title} · Rapport`;
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="btn btn-ghost menu-button"
          aria-expanded={menuOpen}
          aria-controls="primary-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> Menu
        </button>
        <NavLink to="/" className="brand" aria-label="Rapport, go to Today">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Rapport</span>
        </NavLink>
        <div className="topbar-actions">
          <GlobalActions />
        </div>
      </header>
      <nav id="primary-nav" className="primary-nav" data-open={menuOpen} aria-label="Main">
        <ul>
          {NAV_SCREENS.map((screen) => (
            <li key={screen.path}>
              <NavLink to={screen.path} end={screen.path === '/'} onClick={() => setMenuOpen(false)}>
                {screen.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <p className="nav-footnote">Your data stays on this device.</p>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <SchemaChangedNotice />
        <UnfinishedWorkNotice />
        <Outlet />
      </main>
      <Toasts />
      <PwaUpdateNotice />
      <ReminderNotifierHost />
      <SyncResume />
    </div>
  );
}
