import { ComingSoon } from '../../components/coming-soon';

export function EventsRoute() {
  return <ComingSoon title="Events" what="Conferences and open houses: targets, sessions, outreach before and thank-yous after." />;
}
