import type { ReactNode } from 'react';

/** What a list shows when it has nothing in it: what belongs here, and how to add the first one. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state card">
      <h2>{title}</h2>
      {children && <div className="muted">{children}</div>}
      {action && <div className="row">{action}</div>}
    </div>
  );
}
