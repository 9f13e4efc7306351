import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Field } from '../../../components/field';
import { SaveFailure, useSaveFailure } from '../../../components/save-failure';
import { commitImport, type CommitSummary } from '../../../data/backup';
import { headerLooksLikeData, suggestMapping } from '../../../domain/backup/csv-columns';
import { withFirstRowAsData, type CsvTable } from '../../../domain/backup/csv-read';
import type { PlanOptions } from '../../../domain/backup/import-plan';
import { showToast } from '../../../stores/toast-store';
import { useCancellableTask } from '../hooks/use-cancellable-task';
import {
  IMPORT_SOURCES,
  IMPORT_SOURCE_ORDER,
  planMappedImport,
  readImport,
  readPastedImport,
  type AnyImportPlan,
  type ImportSource,
  type ReviewedImport,
} from '../import-flow';
import { ColumnMappingStep, type MappingDefaults } from './column-mapping-step';
import { ImportPreview, countNoun } from './import-preview';
import { ProgressPanel } from './progress-panel';
import { LeaveGuard } from '../../../components/leave-guard';

type Step =
  | { name: 'choose' }
  | {
      name: 'mapping';
      fileName: string;
      /** The table as read, first line as header. */
      read: CsvTable;
      firstRowIsData: boolean;
      /** The table the mapping is for: `read`, or `read` with its first line as data. */
      table: CsvTable;
      mapping: (string | null)[];
      defaults: MappingDefaults;
    }
  | ({ name: 'preview'; fileName: string } & ReviewedImport)
  | { name: 'done'; fileName: string; plan: AnyImportPlan; summary: CommitSummary };

const STEP_TITLES: Record<Step['name'], string> = {
  choose: 'Choose a file',
  mapping: 'Match columns',
  preview: 'Check and confirm',
  done: 'Done',
};

/** A one-sentence account of a finished import. */
export function importResultText(plan: AnyImportPlan, summary: CommitSummary): string {
  const parts = [`Imported ${countNoun(plan, summary.added)}`];
  if (summary.updated > 0) parts.push(`filled in ${countNoun(plan, summary.updated)} already in Rapport`);
  const left = plan.duplicates.length + plan.invalid.length + summary.skipped;
  const sentence = `${parts.join(' and ')}.`;
  return left > 0 ? `${sentence} ${left} ${left === 1 ? 'row was' : 'rows were'} left out.` : sentence;
}

/**
 * Import contacts (LinkedIn, vCard, any CSV) or programs (CSV): choose a file,
 * match columns when needed, see what will be added, updated, skipped and why,
 * then confirm. Reading, checking and saving show progress and can be
 * cancelled; the save is one transaction, so a cancel or a failure saves nothing.
 */
export function ImportWizard() {
  const task = useCancellableTask();
  const { failure, guard, clear } = useSaveFailure();
  const inputRef = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState<ImportSource>('linkedin');
  const [fillBlanks, setFillBlanks] = useState(false);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  const stepRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef<Step['name']>('choose');
  const wasBusy = useRef(false);
  const busy = task.progress !== null;

  // When a step appears (or work ends), focus moves to it, so keyboard and screen-reader users land on what is new.
  useEffect(() => {
    const changed = shownStep.current !== step.name || wasBusy.current;
    wasBusy.current = busy;
    if (busy) return;
    shownStep.current = step.name;
    if (changed) stepRef.current?.focus();
  }, [busy, step.name]);

  const info = IMPORT_SOURCES[source];
  const onExisting: PlanOptions['onExisting'] = fillBlanks ? 'fill-blanks' : 'skip';

  function startOver(message: string | null = null) {
    if (inputRef.current) inputRef.current.value = '';
    clear();
    setStep({ name: 'choose' });
    setNotice(message);
  }

  async function onFileChosen(file: File | undefined) {
    setFileError(null);
    setNotice(null);
    clear();
    if (!file) return;
    const outcome = await task.run('Reading the file…', (controls) => readImport(source, file, onExisting, controls));
    if (outcome.status === 'cancelled') return startOver('Import cancelled. Nothing was saved.');
    if (outcome.status === 'failed') {
      startOver();
      setFileError(`Rapport could not read this file: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
      return;
    }
    const read = outcome.value;
    if (!read.ok) {
      startOver();
      setFileError(read.error.message);
      return;
    }
    if (read.kind === 'table') {
      // A file of one line has no rows below its "header": that line can only be data.
      enterMapping(file.name, read.table, read.table.rows.length === 0);
    } else {
      setStep({ name: 'preview', fileName: file.name, plan: read.plan, patientData: read.patientData });
    }
  }

  function enterMapping(fileName: string, read: CsvTable, firstRowIsData: boolean, defaults: MappingDefaults = {}) {
    const table = firstRowIsData ? withFirstRowAsData(read) : read;
    setStep({ name: 'mapping', fileName, read, firstRowIsData, table, mapping: suggestMapping(table.headers, info.target, table.rows), defaults });
  }

  async function onPasteSubmitted() {
    setPasteError(null);
    setFileError(null);
    setNotice(null);
    clear();
    const outcome = await task.run('Reading the pasted table…', (controls) => readPastedImport(pasted, controls));
    if (outcome.status === 'cancelled') return startOver('Cancelled. Nothing was saved.');
    if (outcome.status === 'failed') {
      setPasteError(`Rapport could not read the pasted table: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
      return;
    }
    const read = outcome.value;
    if (!read.ok) {
      setPasteError(read.error.message);
      return;
    }
    if (read.kind === 'table') enterMapping('Pasted table', read.table, read.table.rows.length === 0);
  }

  async function previewMapped() {
    if (step.name !== 'mapping') return;
    const mappingStep = step;
    const outcome = await task.run('Checking rows against Rapport…', (controls) =>
      planMappedImport(info.target, mappingStep.table, mappingStep.mapping, mappingStep.defaults, onExisting, controls),
    );
    if (outcome.status === 'cancelled') {
      setNotice('Cancelled. Nothing was saved; your column choices are kept.');
      return;
    }
    if (outcome.status === 'failed') {
      setNotice(`The rows could not be checked: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
      return;
    }
    setNotice(null);
    setStep({ name: 'preview', fileName: mappingStep.fileName, ...outcome.value });
  }

  async function confirm() {
    if (step.name !== 'preview') return;
    const { plan, fileName } = step;
    setNotice(null);
    const saved = await guard(async () => {
      const run = await task.run('Saving…', ({ signal, report }) => commitImport(plan, { signal, onProgress: (fraction) => report(fraction) }));
      if (run.status === 'failed') throw run.error;
      return run;
    });
    if (!saved.ok) return;
    if (saved.value.status !== 'done') {
      setNotice('Import cancelled. Nothing was saved.');
      return;
    }
    const summary = saved.value.value;
    if (inputRef.current) inputRef.current.value = '';
    setStep({ name: 'done', fileName, plan, summary });
    showToast({ message: importResultText(plan, summary), tone: 'success' });
  }

  const stepNames: Step['name'][] = info.needsMapping ? ['choose', 'mapping', 'preview', 'done'] : ['choose', 'preview', 'done'];

  return (
    <div className="stack import-wizard">
      <ol className="wizard-steps" aria-label="Import steps">
        {stepNames.map((name, index) => (
          <li key={name} aria-current={step.name === name ? 'step' : undefined}>
            <span className="wizard-step-number" aria-hidden="true">
              {index + 1}
            </span>
            {STEP_TITLES[name]}
          </li>
        ))}
      </ol>

      <LeaveGuard active={busy} what="The import" advice="An import saves all at once or not at all, so nothing from it was saved. Import the file again." />
      {busy && task.progress ? (
        <ProgressPanel
          label={task.progress.label}
          fraction={task.progress.fraction}
          onCancel={task.cancel}
          hint="Cancelling saves nothing."
        />
      ) : (
        <div ref={stepRef} tabIndex={-1} className="stack wizard-step" aria-label={STEP_TITLES[step.name]} role="group">
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}

          {step.name === 'choose' && (
            <div className="stack">
              <fieldset className="choice-group">
                <legend>What are you importing?</legend>
                {IMPORT_SOURCE_ORDER.map((id) => (
                  <label key={id} className="choice">
                    <input
                      type="radio"
                      name="import-source"
                      value={id}
                      checked={source === id}
                      onChange={() => {
                        setSource(id);
                        setFileError(null);
                        setPasteError(null);
                        setNotice(null);
                      }}
                    />
                    <span>{IMPORT_SOURCES[id].label}</span>
                  </label>
                ))}
              </fieldset>
              <label className="choice">
                <input type="checkbox" checked={fillBlanks} onChange={(event) => setFillBlanks(event.currentTarget.checked)} />
                <span>
                  When a row matches {info.target === 'contacts' ? 'someone already in Rapport, fill in their' : 'a program already in Rapport, fill in its'}{' '}
                  empty fields
                  <span className="muted choice-hint">Nothing you have typed is ever overwritten. Off: such rows are skipped.</span>
                </span>
              </label>
              <Field label="File to import" hint={info.hint} error={fileError ?? undefined}>
                <input
                  ref={inputRef}
                  type="file"
                  accept={info.accept}
                  onChange={(event) => onFileChosen(event.currentTarget.files?.[0])}
                />
              </Field>
              {info.needsMapping && (
                <form
                  className="stack paste-table"
                  aria-label="Paste a table"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void onPasteSubmitted();
                  }}
                >
                  <Field
                    label="Or paste a table"
                    hint={`Select a table of ${info.target} on a web page or in a spreadsheet, with its header row, copy it and paste it here. Its columns are matched next, as for a file.`}
                    error={pasteError ?? undefined}
                  >
                    <textarea
                      rows={6}
                      value={pasted}
                      spellCheck={false}
                      onChange={(event) => {
                        setPasted(event.currentTarget.value);
                        setPasteError(null);
                      }}
                    />
                  </Field>
                  <div className="row">
                    <button type="submit" className="btn">
                      Use the pasted table
                    </button>
                  </div>
                </form>
              )}
            </div>
          )}

          {step.name === 'mapping' && (
            <ColumnMappingStep
              target={info.target}
              fileName={step.fileName}
              table={step.table}
              headerLooksLikeData={headerLooksLikeData(step.read.headers)}
              firstRowIsData={step.firstRowIsData}
              onFirstRowIsDataChange={(firstRowIsData) => enterMapping(step.fileName, step.read, firstRowIsData, step.defaults)}
              mapping={step.mapping}
              defaults={step.defaults}
              onChange={(mapping, defaults) => setStep({ ...step, mapping, defaults })}
              onContinue={previewMapped}
              onBack={() => startOver()}
            />
          )}

          {step.name === 'preview' && (
            <div className="stack">
              <ImportPreview plan={step.plan} fileName={step.fileName} patientData={step.patientData} />
              <SaveFailure message={failure} />
              <div className="row">
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={step.plan.add.length + step.plan.update.length === 0}
                  onClick={confirm}
                >
                  {confirmLabel(step.plan)}
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => startOver('Import cancelled. Nothing was saved.')}>
                  Cancel
                </button>
              </div>
            </div>
          )}

          {step.name === 'done' && (
            <div className="stack" role="status">
              <p className="notice notice-success">{importResultText(step.plan, step.summary)}</p>
              <div className="row">
                <Link className="btn btn-primary" to={step.plan.target === 'contacts' ? '/contacts' : '/programs'}>
                  Open {step.plan.target}
                </Link>
                <button type="button" className="btn" onClick={() => startOver()}>
                  Import another file
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function confirmLabel(plan: AnyImportPlan): string {
  if (plan.add.length === 0 && plan.update.length === 0) return 'Nothing to import';
  if (plan.update.length === 0) return `Import ${countNoun(plan, plan.add.length)}`;
  if (plan.add.length === 0) return `Update ${countNoun(plan, plan.update.length)}`;
  return `Import ${countNoun(plan, plan.add.length)} and update ${plan.update.length}`;
}
