/**
 * The contacts list: search as you type, filters and sort kept in the URL,
 * and a virtualized list so 10,000 contacts keep only the visible rows in the DOM.
 */
import { useLocation } from 'react-router';
import { NumberFilter, OpenFilter, SortSelect, VocabularyFilter, withCurrentChoice } from '../../../components/filter-select';
import { ListControls, ListHeader, ListResults, resultCount, useNewRecord } from '../../../components/record-list';
import {
  CONTACT_SORTS,
  CONTACT_SORT_LABELS,
  DEFAULT_CONTACT_LIST_VIEW,
  isContactListFiltered,
} from '../../../domain/contact-list';
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
} from '../../../domain/vocabulary';
import { useToday } from '../../../lib/use-today';
import { ContactFormDialog } from '../forms/contact-form-dialog';
import { useAllContacts, useAllPrograms } from '../hooks/use-contacts';
import { useContactListResult, useContactListView } from '../hooks/use-contact-list';
import { ContactRows } from './contact-rows';
import './contacts.css';

const IDLE_CHOICES = [7, 14, 30, 60, 90, 180, 365];

/** What the list says when it is empty: the first contact's invitation. */
const EMPTY_WORDS = {
  noun: 'contact',
  plural: 'contacts',
  firstRunText: (
    <p>
      Start with the IR faculty at your home institution, then add the people you meet at conferences, open houses and
      interest group events.
    </p>
  ),
};

export function ContactsScreen() {
  const today = useToday();
  const contacts = useAllContacts();
  const programs = useAllPrograms();
  const [view, updateView] = useContactListView();
  const result = useContactListResult(contacts, view, today);
  const location = useLocation();
  // The search palette's "New contact" command arrives with this state.
  const creation = useNewRecord('contacts', (location.state as { newContact?: unknown } | null)?.newContact === true);

  const filtered = isContactListFiltered(view);
  const activeFilterCount = [view.role, view.stage, view.programId, view.tag, view.idleDays].filter((v) => v !== null).length;
  const idleChoices =
    view.idleDays !== null && !IDLE_CHOICES.includes(view.idleDays) ? [...IDLE_CHOICES, view.idleDays].sort((a, b) => a - b) : IDLE_CHOICES;
  const clearFilters = () => updateView({ ...DEFAULT_CONTACT_LIST_VIEW, sort: view.sort });

  return (
    <div className="contacts-screen">
      <ListHeader title="Contacts" description="The people in your network, with their stage and when you last spoke." newLabel="New contact" onNew={creation.start} />

      <ListControls
        plural="contacts"
        placeholder="Name, institution, tag or note"
        query={view.query}
        onQuery={(query) => updateView({ query })}
        activeFilterCount={activeFilterCount}
        count={result ? resultCount(result.visible.length, result.total, filtered, 'contact', 'contacts') : 'Loading contacts…'}
        filtered={filtered}
        onClear={clearFilters}
        filters={
          <>
            <VocabularyFilter label="Role" values={CONTACT_ROLES} labels={CONTACT_ROLE_LABELS} value={view.role} onChange={(role) => updateView({ role })} anyLabel="Any role" />
            <VocabularyFilter label="Stage" values={RELATIONSHIP_STAGES} labels={RELATIONSHIP_STAGE_LABELS} value={view.stage} onChange={(stage) => updateView({ stage })} anyLabel="Any stage" />
            <OpenFilter label="Program" options={withCurrentChoice((programs ?? []).map((p) => [p.id, p.name]), programs ? view.programId : null, 'Removed program')} value={view.programId} onChange={(programId) => updateView({ programId })} anyLabel="Any program" />
            <OpenFilter label="Tag" options={withCurrentChoice((result?.tags ?? []).map((t) => [t, t]), result ? view.tag : null)} value={view.tag} onChange={(tag) => updateView({ tag })} anyLabel="Any tag" />
            <NumberFilter label="No touch for" choices={idleChoices.map((d) => [d, `${d} days or more`])} value={view.idleDays} onChange={(idleDays) => updateView({ idleDays })} anyLabel="Any time" />
            <SortSelect sorts={CONTACT_SORTS} labels={CONTACT_SORT_LABELS} value={view.sort} onChange={(sort) => updateView({ sort })} />
          </>
        }
      />

      {result !== undefined && (
        <ListResults {...EMPTY_WORDS} total={result.total} shown={result.visible.length} onAddFirst={creation.start} onClear={clearFilters}>
          <ContactRows contacts={result.visible} today={today} busy={result.pending} />
        </ListResults>
      )}

      {creation.creating && <ContactFormDialog onClose={creation.stop} onSaved={creation.saved} />}
    </div>
  );
}
