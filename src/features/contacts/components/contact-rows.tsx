/**
 * The contact rows, virtualized against the window scroll: only the rows in
 * view (plus a few either side) are in the DOM, whatever the list's length.
 * Rows have one fixed height so no row needs measuring.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Contact } from '../../../domain/entities';
import { daysSinceTouch, touchAgoLabel } from '../../../domain/contact-facts';
import { CONTACT_ROLE_LABELS } from '../../../domain/vocabulary';
import { StageBadge } from '../../../components/stage-badge';
import { recordPath } from '../../../lib/record-links';

export const CONTACT_ROW_HEIGHT = 80;

interface ContactRowsProps {
  contacts: readonly Contact[];
  today: string;
  /** True while the rows lag behind the latest search text. */
  busy?: boolean;
}

export function ContactRows({ contacts, today, busy = false }: ContactRowsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  // Distance from the top of the page to the list, so the virtualizer can map window scroll to rows.
  const [scrollMargin, setScrollMargin] = useState(0);
  useEffect(() => {
    const list = listRef.current;
    const container = list?.parentElement;
    if (!list || !container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY)));
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: contacts.length,
    estimateSize: () => CONTACT_ROW_HEIGHT,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => contacts[index].id,
  });

  return (
    <div
      ref={listRef}
      role="list"
      aria-label="Contacts"
      aria-busy={busy}
      className="contact-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const contact = contacts[item.index];
        return (
          <ContactRow
            key={item.key}
            contact={contact}
            today={today}
            position={item.index + 1}
            setSize={contacts.length}
            top={item.start - scrollMargin}
          />
        );
      })}
    </div>
  );
}

interface ContactRowProps {
  contact: Contact;
  today: string;
  position: number;
  setSize: number;
  top: number;
}

function ContactRow({ contact, today, position, setSize, top }: ContactRowProps) {
  const days = daysSinceTouch(contact.lastTouchAt, today);
  const where = [contact.title, contact.institution].filter(Boolean).join(' · ');
  return (
    <div
      role="listitem"
      data-testid="contact-row"
      className="contact-row"
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ transform: `translateY(${top}px)`, height: CONTACT_ROW_HEIGHT }}
    >
      <div className="contact-row-main">
        <Link to={recordPath('contacts', contact.id)} className="contact-row-name">
          {contact.name}
        </Link>
        <span className="contact-row-where">{where || CONTACT_ROLE_LABELS[contact.role]}</span>
      </div>
      <div className="contact-row-facts">
        <StageBadge stage={contact.stage} />
        <span className="contact-row-role">{CONTACT_ROLE_LABELS[contact.role]}</span>
        <span className="contact-row-touch">
          <span className="visually-hidden">Last touch: </span>
          <span aria-hidden="true">Last: </span>
          {touchAgoLabel(days)}
        </span>
      </div>
    </div>
  );
}
