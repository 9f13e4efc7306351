/** A titled card on a record page (contact, program), with optional actions beside the title. */
import { useId, type ReactNode } from 'react';
import './record-layout.css';

export function DetailCard({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card detail-card" aria-labelledby={headingId}>
      <div className="detail-card-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
