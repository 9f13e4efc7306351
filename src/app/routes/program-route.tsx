import { ComingSoon } from '../../components/coming-soon';

export function ProgramRoute() {
  return <ComingSoon title="Program" what="One program: your ratings, its figures, the people you know there and your notes." />;
}
