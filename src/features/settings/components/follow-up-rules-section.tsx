import { useReminderSettings } from '../hooks/use-reminder-settings';
import { FollowUpRulesForm } from './follow-up-rules-form';
import './follow-up-rules.css';

/** Settings section: when Rapport proposes each follow-up. */
export function FollowUpRulesSection() {
  const settings = useReminderSettings();
  if (settings === undefined) return <p className="muted">Loading rules…</p>;
  return (
    <>
      <p className="muted">
        After you log a meeting, Rapport proposes these reminders; you can still untick or move each one before saving.
        Changes here apply to meetings you log from now on.
      </p>
      <FollowUpRulesForm rules={settings.rules} />
    </>
  );
}
