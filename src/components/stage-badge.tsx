import type { RelationshipStage } from '../domain/vocabulary';
import { RELATIONSHIP_STAGE_LABELS } from '../domain/vocabulary';
import './record-layout.css';

/** A contact's relationship stage as a badge; later stages are tinted. */
export function StageBadge({ stage }: { stage: RelationshipStage }) {
  return <span className={`badge stage-badge stage-${stage}`}>{RELATIONSHIP_STAGE_LABELS[stage]}</span>;
}
