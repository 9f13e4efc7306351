import { PageHeader } from '../../components/page-header';
import { BackupSection } from '../../features/backup/components/backup-section';
import { ImportSection } from '../../features/backup/components/import-section';
import { StorageStatusSection } from '../../features/settings/components/storage-status';

/**
 * Settings: one section per concern. Each section is a feature's component;
 * this route only lays them out.
 */
export function SettingsRoute() {
  return (
    <>
      <PageHeader title="Settings" description="Your profile, how Rapport scores and reminds, and your data." />
      <div className="settings-sections">
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
      </div>
    </>
  );
}
