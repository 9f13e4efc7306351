import { useParams } from 'react-router';
import { ProgramPage } from '../../features/programs/components/program-page';

export function ProgramRoute() {
  const { programId = '' } = useParams();
  return <ProgramPage key={programId} programId={programId} />;
}
