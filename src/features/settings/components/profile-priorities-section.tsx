import { useProfileSettings } from '../hooks/use-profile-settings';
import { ProfileForm } from './profile-form';
import { WeightsPanel } from '../../../components/weights-panel';
import './profile-priorities.css';

/** Settings → Profile and priorities: the profile form and the scoring weights. */
export function ProfilePrioritiesSection() {
  const data = useProfileSettings();
  if (data === undefined) return <p className="muted">Loading…</p>;
  return (
    <div className="stack">
      <h3>Your profile</h3>
      <ProfileForm profile={data.profile} />
      <h3>Weights</h3>
      <WeightsPanel scoring={data.settings.scoring} />
    </div>
  );
}
