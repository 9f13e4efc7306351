import { ProgramsScreen } from '../../features/programs/components/programs-screen';

export function ProgramsRoute() {
  return <ProgramsScreen />;
}
