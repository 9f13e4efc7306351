import { ComingSoon } from '../../components/coming-soon';

export function PrioritiesRoute() {
  return <ComingSoon title="Priorities" what="Ranked programs and people to contact next, each score explained factor by factor." />;
}
