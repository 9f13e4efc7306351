/**
 * The contact page's cards of facts: every way to reach the person (all
 * emails, phones, links and addresses, each with its label) and how you are
 * connected.
 */
import { Link } from 'react-router';
import { DetailCard } from '../../../components/detail-card';
import { SavedNoteWarning } from '../../../components/saved-note-warning';
import { StageBadge } from '../../../components/stage-badge';
import type { ContactDetail } from '../../../data/contacts';
import { formatAddress } from '../../../domain/contact-points';
import type { Contact } from '../../../domain/entities';
import { CONTACT_ROLE_LABELS, HOW_MET_LABELS, LETTER_STATUS_LABELS, MENTOR_SIGNALS, MENTOR_SIGNAL_LABELS } from '../../../domain/vocabulary';
import { mailtoHref, safeHref, telHref } from '../../../lib/safe-link';
import { dayLabel, dayMonthLabel } from '../../../lib/date-format';
import { recordPath } from '../../../lib/record-links';

function Label({ text }: { text: string }) {
  return text ? <span className="point-label-text"> ({text})</span> : null;
}

function NotRecorded() {
  return <span className="muted">Not recorded</span>;
}

/** "12 Apr" for `--04-12`, "12 Apr 1970" for a full date. */
function birthdayLabel(birthday: string): string {
  const m = /^(\d{4}|--)-(\d{2})-(\d{2})$/.exec(birthday);
  if (!m) return birthday;
  return m[1] === '--' ? dayMonthLabel(new Date(2000, Number(m[2]) - 1, Number(m[3]))) : dayLabel(birthday);
}

/** Emails, phones or web links, each linked and labelled; the first may carry a note ("used for drafts"). */
function PointList({
  points,
  hrefOf,
  external = false,
  firstNote,
}: {
  points: readonly { value: string; label: string }[];
  hrefOf: (value: string) => string | null;
  external?: boolean;
  firstNote?: string;
}) {
  if (points.length === 0) return <NotRecorded />;
  return (
    <ul className="link-list">
      {points.map((point, i) => {
        const href = hrefOf(point.value);
        return (
          <li key={point.value}>
            {href ? (
              <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                {point.value}
              </a>
            ) : (
              point.value
            )}
            <Label text={point.label} />
            {i === 0 && firstNote && points.length > 1 && <span className="muted"> · {firstNote}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function ContactReachCard({ contact }: { contact: Contact }) {
  const linkedin = safeHref(contact.linkedinUrl);
  const x = safeHref(contact.xUrl);
  // The lists always hold the primary email and phone first (reconcileContactPoints on every write).
  const { emails, phones } = contact;
  return (
    <DetailCard title="Reach">
      <dl className="detail-list">
        <dt>{emails.length > 1 ? 'Emails' : 'Email'}</dt>
        <dd>
          <PointList points={emails} hrefOf={(v) => mailtoHref(v)} firstNote="used for drafts" />
        </dd>
        <dt>{phones.length > 1 ? 'Phones' : 'Phone'}</dt>
        <dd>
          <PointList points={phones} hrefOf={telHref} />
        </dd>
        <dt>LinkedIn</dt>
        <dd>
          {linkedin ? (
            <a href={linkedin} target="_blank" rel="noopener noreferrer">
              LinkedIn profile
            </a>
          ) : (
            <NotRecorded />
          )}
        </dd>
        <dt>X</dt>
        <dd>
          {x ? (
            <a href={x} target="_blank" rel="noopener noreferrer">
              X profile
            </a>
          ) : (
            <NotRecorded />
          )}
        </dd>
        {contact.urls.length > 0 && (
          <>
            <dt>Web</dt>
            <dd>
              <PointList points={contact.urls} hrefOf={safeHref} external />
            </dd>
          </>
        )}
        {contact.addresses.length > 0 && (
          <>
            <dt>{contact.addresses.length > 1 ? 'Addresses' : 'Address'}</dt>
            <dd>
              <ul className="link-list">
                {contact.addresses.map((a, i) => (
                  <li key={i}>
                    {formatAddress(a)}
                    <Label text={a.label} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {contact.birthday && (
          <>
            <dt>Birthday</dt>
            <dd>{birthdayLabel(contact.birthday)}</dd>
          </>
        )}
      </dl>
    </DetailCard>
  );
}

export function ContactRelationshipCard({ detail }: { detail: ContactDetail }) {
  const { contact } = detail;
  return (
    <DetailCard title="Relationship">
      <dl className="detail-list">
        <dt>Role</dt>
        <dd>{CONTACT_ROLE_LABELS[contact.role]}</dd>
        <dt>Stage</dt>
        <dd>
          <StageBadge stage={contact.stage} />
        </dd>
        <dt>How you met</dt>
        <dd>{contact.howMet ? HOW_MET_LABELS[contact.howMet] : <NotRecorded />}</dd>
        <dt>Introduced by</dt>
        <dd>
          {detail.introducedBy === null ? (
            <span className="muted">No one recorded</span>
          ) : detail.introducedBy.contact ? (
            <Link to={recordPath('contacts', detail.introducedBy.id)}>{detail.introducedBy.contact.name}</Link>
          ) : (
            <span className="muted">Removed contact</span>
          )}
        </dd>
        <dt>Introduced you to</dt>
        <dd>
          {detail.introduced.length === 0 ? (
            <span className="muted">No one yet</span>
          ) : (
            <ul className="link-list">
              {detail.introduced.map((other) => (
                <li key={other.id}>
                  <Link to={recordPath('contacts', other.id)}>{other.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Mentor signals</dt>
        <dd>
          <ul className="signal-list">
            {MENTOR_SIGNALS.map((signal) => (
              <li key={signal}>
                {MENTOR_SIGNAL_LABELS[signal]}: <strong>{contact.mentorSignals[signal] ? 'Yes' : 'No'}</strong>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Letter</dt>
        <dd>{LETTER_STATUS_LABELS[contact.letterStatus]}</dd>
      </dl>
    </DetailCard>
  );
}

/** The contact's notes, with the saved-note warning over every free-text field of the contact. */
export function ContactNotesCard({ contact }: { contact: Contact }) {
  return (
    <DetailCard title="Notes">
      <SavedNoteWarning texts={[contact.title, contact.institution, contact.notes, ...contact.tags, ...contact.interests]} />
      {contact.notes ? <p className="preformatted">{contact.notes}</p> : <p className="muted">No notes yet.</p>}
    </DetailCard>
  );
}
