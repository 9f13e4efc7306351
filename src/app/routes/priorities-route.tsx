import { PrioritiesScreen } from '../../features/priorities/components/priorities-screen';

export function PrioritiesRoute() {
  return <PrioritiesScreen />;
}
