import { ComingSoon } from '../../components/coming-soon';

export function ProgramsRoute() {
  return <ComingSoon title="Programs" what="Your target programs as a board by application status and as a table." />;
}
