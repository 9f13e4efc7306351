import { ComingSoon } from '../../components/coming-soon';
import { TrashSection } from '../../features/trash/components/trash-section';

export function SettingsRoute() {
  return (
    <>
      <ComingSoon title="Settings" what="Your profile, scoring weights, follow-up rules, backup and import, and storage status." />

      {/* Trash: deleted contacts and programs, restorable (issue 3). */}
      <TrashSection />
    </>
  );
}
