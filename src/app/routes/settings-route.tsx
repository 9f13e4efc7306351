import { ComingSoon } from '../../components/coming-soon';

export function SettingsRoute() {
  return <ComingSoon title="Settings" what="Your profile, scoring weights, follow-up rules, backup and import, and storage status." />;
}
