import { PageHeader } from '../../components/page-header';
import { useToday } from '../../lib/use-today';
import { dayLabel } from '../../lib/date-format';
import { OverviewCountsGrid } from '../../features/overview/components/overview-counts';
import { useOverviewCounts } from '../../features/overview/hooks/use-overview-counts';
import { FirstRunChoice } from '../../features/sample-data/components/first-run-choice';
import { SampleBanner } from '../../features/sample-data/components/sample-banner';
import { useNeedsFirstRunChoice } from '../../features/sample-data/hooks/use-first-run';
import { TodayBlueprint } from '../../features/playbook/components/today-blueprint';
import { RecentInteractions } from '../../features/meetings/components/recent-interactions';
import { DueReminders } from '../../features/reminders/components/due-reminders';
import { BackupNudge } from '../../features/backup/components/backup-nudge';

export function TodayRoute() {
  const today = useToday();
  const needsChoice = useNeedsFirstRunChoice();
  const counts = useOverviewCounts(today);

  if (needsChoice === undefined || counts === undefined) {
    return <p className="muted" aria-busy="true">Loading your network…</p>;
  }
  if (needsChoice) return <FirstRunChoice />;

  return (
    <>
      <PageHeader title="Today" description={dayLabel(today)} />
      <SampleBanner />
      {/* ---- Backup suggestion (backup): shows itself only when a backup is due ---- */}
      <BackupNudge />
      {/* ---- end backup suggestion ---- */}
      <div className="stack">
        {/* ---- Reminders and meetings (meetings) ---- */}
        <section aria-labelledby="today-due">
          <h2 id="today-due">Overdue and due today</h2>
          <DueReminders today={today} />
        </section>
        {/* ---- end reminders ---- */}

        <OverviewCountsGrid counts={counts} />

        {/* ---- Blueprint progress (playbook) ---- */}
        <TodayBlueprint today={today} />
        {/* ---- end blueprint ---- */}

        {/* ---- Recent meetings (meetings) ---- */}
        <section className="card" aria-labelledby="today-recent">
          <h2 id="today-recent">Recent meetings</h2>
          <RecentInteractions today={today} />
        </section>
        {/* ---- end recent meetings ---- */}
      </div>
    </>
  );
}
