import { useBlueprint } from '../hooks/use-blueprint';
import { BlueprintProgressView } from './blueprint-progress';

/** Today's blueprint block: reads the data and shows the five stages once loaded. */
export function TodayBlueprint({ today }: { today: string }) {
  const progress = useBlueprint(today);
  if (!progress) return null;
  return <BlueprintProgressView progress={progress} />;
}
