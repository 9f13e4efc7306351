import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ProfilePrioritiesSection } from '../../features/settings/components/profile-priorities-section';
import { BackupSection } from '../../features/backup/components/backup-section';
import { ImportSection } from '../../features/backup/components/import-section';
import { StorageStatusSection } from '../../features/settings/components/storage-status';
import { TrashSection } from '../../features/trash/components/trash-section';
import { FollowUpRulesSection } from '../../features/settings/components/follow-up-rules-section';
import { NotificationsSection } from '../../features/settings/components/notifications-section';
import { SyncSection } from '../../features/sync/components/sync-section';

/**
 * Settings: one section per concern. Each section is a feature's component;
 * this route only lays them out.
 */
export function SettingsRoute() {
  const { hash } = useLocation();
  // /settings#backup and the like (the search palette's commands) land on their section.
  useEffect(() => {
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'start' });
  }, [hash]);

  return (
    <>
      <PageHeader title="Settings" description="Your profile, how Rapport scores and reminds, and your data." />
      <div className="settings-sections">
        <section className="card" id="profile-and-priorities" aria-labelledby="settings-profile-priorities">
          <h2 id="settings-profile-priorities">Profile and priorities</h2>
          <ProfilePrioritiesSection />
        </section>
        <section className="card" id="follow-up-rules" aria-labelledby="settings-rules">
          <h2 id="settings-rules">Follow-up rules</h2>
          <FollowUpRulesSection />
        </section>
        <section className="card" id="notifications" aria-labelledby="settings-notifications">
          <h2 id="settings-notifications">Notifications and calendar</h2>
          <NotificationsSection />
        </section>
        <section className="card" id="sync" aria-labelledby="settings-sync">
          <h2 id="settings-sync">Sync between your devices</h2>
          <SyncSection />
        </section>
        <section className="card" aria-labelledby="settings-storage">
          <h2 id="settings-storage">Storage on this device</h2>
          <StorageStatusSection />
        </section>
        <section className="card" id="backup" aria-labelledby="settings-backup">
          <h2 id="settings-backup">Backup and restore</h2>
          <BackupSection />
        </section>
        <section className="card" id="import" aria-labelledby="settings-import">
          <h2 id="settings-import">Import</h2>
          <ImportSection />
        </section>

        {/* Trash: deleted contacts and programs, restorable or purged here (section heading "Trash"). */}
        <TrashSection />
      </div>
    </>
  );
}
