/**
 * The contacts list: search as you type, filters and sort kept in the URL,
 * and a virtualized list so 10,000 contacts keep only the visible rows in the DOM.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { FilterSelect } from '../../../components/filter-select';
import { PageHeader } from '../../../components/page-header';
import {
  CONTACT_SORTS,
  CONTACT_SORT_LABELS,
  DEFAULT_CONTACT_LIST_VIEW,
  isContactListFiltered,
} from '../../../domain/contact-list';
import { oneOf } from '../../../domain/list-params';
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
} from '../../../domain/vocabulary';
import { useToday } from '../../../lib/use-today';
import { showToast } from '../../../stores/toast-store';
import { ContactFormDialog } from '../forms/contact-form-dialog';
import { useAllContacts, useAllPrograms } from '../hooks/use-contacts';
import { useContactListResult, useContactListView } from '../hooks/use-contact-list';
import { ContactRows } from './contact-rows';
import './contacts.css';
import { recordPath } from '../../../lib/record-links';

const IDLE_CHOICES = [7, 14, 30, 60, 90, 180, 365];

export function ContactsScreen() {
  const today = useToday();
  const navigate = useNavigate();
  const contacts = useAllContacts();
  const programs = useAllPrograms();
  const [view, updateView] = useContactListView();
  const result = useContactListResult(contacts, view, today);
  const location = useLocation();
  // The search palette's "New contact" command arrives with this state.
  const [creating, setCreating] = useState(() => (location.state as { newContact?: unknown } | null)?.newContact === true);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const filtersId = useId();

  // The search box is uncontrolled (the URL is the one source of truth, and URL
  // updates land a moment after the keystroke); bring it in line when the URL
  // changes from elsewhere, e.g. "Clear filters" or the Contacts nav link.
  useEffect(() => {
    const input = searchRef.current;
    if (input && document.activeElement !== input && input.value !== view.query) input.value = view.query;
  }, [view.query]);

  const filtered = isContactListFiltered(view);
  const activeFilterCount = [view.role, view.stage, view.programId, view.tag, view.idleDays].filter((v) => v !== null).length;
  const idleChoices =
    view.idleDays !== null && !IDLE_CHOICES.includes(view.idleDays) ? [...IDLE_CHOICES, view.idleDays].sort((a, b) => a - b) : IDLE_CHOICES;
  const clearFilters = () => {
    if (searchRef.current) searchRef.current.value = '';
    updateView({ ...DEFAULT_CONTACT_LIST_VIEW, sort: view.sort });
  };

  return (
    <div className="contacts-screen">
      <PageHeader
        title="Contacts"
        description="The people in your network, with their stage and when you last spoke."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New contact
          </button>
        }
      />

      <div role="search" className="list-controls" aria-label="Find contacts">
        <div className="field list-search">
          <label htmlFor={searchId}>Search contacts</label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            defaultValue={view.query}
            placeholder="Name, institution, tag or note"
            autoComplete="off"
            onChange={(e) => updateView({ query: e.currentTarget.value })}
          />
        </div>
        <button
          type="button"
          className="btn filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          Filters{activeFilterCount > 0 ? ` (${activeFilterCount})` : ''}
        </button>
        <div id={filtersId} className="list-filters" data-open={filtersOpen}>
          <FilterSelect
            label="Role"
            value={view.role ?? ''}
            onChange={(v) => updateView({ role: oneOf(CONTACT_ROLES, v) })}
            options={CONTACT_ROLES.map((r) => [r, CONTACT_ROLE_LABELS[r]])}
            anyLabel="Any role"
          />
          <FilterSelect
            label="Stage"
            value={view.stage ?? ''}
            onChange={(v) => updateView({ stage: oneOf(RELATIONSHIP_STAGES, v) })}
            options={RELATIONSHIP_STAGES.map((s) => [s, RELATIONSHIP_STAGE_LABELS[s]])}
            anyLabel="Any stage"
          />
          <FilterSelect
            label="Program"
            value={view.programId ?? ''}
            onChange={(v) => updateView({ programId: v || null })}
            options={[
              ...(programs ?? []).map((p): [string, string] => [p.id, p.name]),
              ...(view.programId && programs && !programs.some((p) => p.id === view.programId)
                ? [[view.programId, 'Removed program'] satisfies [string, string]]
                : []),
            ]}
            anyLabel="Any program"
          />
          <FilterSelect
            label="Tag"
            value={view.tag ?? ''}
            onChange={(v) => updateView({ tag: v || null })}
            options={[
              ...(result?.tags ?? []).map((t): [string, string] => [t, t]),
              ...(view.tag && result && !result.tags.some((t) => t.toLowerCase() === view.tag?.toLowerCase())
                ? [[view.tag, view.tag] satisfies [string, string]]
                : []),
            ]}
            anyLabel="Any tag"
          />
          <FilterSelect
            label="No touch for"
            value={view.idleDays === null ? '' : String(view.idleDays)}
            onChange={(v) => updateView({ idleDays: v ? Number(v) : null })}
            options={idleChoices.map((d) => [String(d), `${d} days or more`])}
            anyLabel="Any time"
          />
          <FilterSelect
            label="Sort by"
            value={view.sort}
            onChange={(v) => updateView({ sort: oneOf(CONTACT_SORTS, v) ?? 'name' })}
            options={CONTACT_SORTS.map((s) => [s, CONTACT_SORT_LABELS[s]])}
          />
        </div>
        <div className="list-summary">
          <p role="status" aria-live="polite" className="muted list-count">
            {result
              ? filtered
                ? `Showing ${result.visible.length.toLocaleString()} of ${result.total.toLocaleString()}`
                : `${result.total.toLocaleString()} ${result.total === 1 ? 'contact' : 'contacts'}`
              : 'Loading contacts…'}
          </p>
          {filtered && (
            <button type="button" className="btn btn-small btn-ghost" onClick={clearFilters}>
              Clear search and filters
            </button>
          )}
        </div>
      </div>

      {result === undefined ? null : result.total === 0 ? (
        <EmptyState
          title="No contacts yet"
          action={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              Add your first contact
            </button>
          }
        >
          <p>
            Start with the IR faculty at your home institution, then add the people you meet at conferences, open
            houses and interest group events.
          </p>
        </EmptyState>
      ) : result.visible.length === 0 ? (
        <EmptyState
          title="No contacts match"
          action={
            <button type="button" className="btn" onClick={clearFilters}>
              Clear search and filters
            </button>
          }
        >
          <p>Try fewer words, or another filter.</p>
        </EmptyState>
      ) : (
        <ContactRows contacts={result.visible} today={today} busy={result.pending} />
      )}

      {creating && (
        <ContactFormDialog
          onClose={() => setCreating(false)}
          onSaved={(contact) => {
            setCreating(false);
            showToast({ message: `Saved ${contact.name}.`, tone: 'success' });
            navigate(recordPath('contacts', contact.id));
          }}
        />
      )}
    </div>
  );
}
