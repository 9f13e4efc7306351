import { ComingSoon } from '../../components/coming-soon';

export function RemindersRoute() {
  return <ComingSoon title="Reminders" what="An inbox of overdue, due-today and upcoming follow-ups, each with a one-click action." />;
}
