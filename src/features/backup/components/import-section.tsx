import { ImportWizard } from './import-wizard';
import './backup.css';

/** Settings → Import: bring contacts and programs in from other tools. */
export function ImportSection() {
  return (
    <div className="stack import-section">
      <p className="muted">
        Bring in people from LinkedIn, your address book or a spreadsheet, and programs from a spreadsheet. You see every
        row before anything is saved, and the import goes in all at once or not at all.
      </p>
      <ImportWizard />
    </div>
  );
}
