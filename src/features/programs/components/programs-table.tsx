import { Link } from 'react-router';
import { SideScroll } from '../../../components/side-scroll';
import type { Program } from '../../../domain/entities';
import { APPLICATION_STATUS_LABELS, REGION_LABELS, TRACK_LABELS } from '../../../domain/vocabulary';
import { recordPath } from '../../../lib/record-links';

/** Programs as a table, one row each, in the order the view sorts them. */
export function ProgramsTable({ programs }: { programs: readonly Program[] }) {
  return (
    <SideScroll label="Programs table" more="table columns" className="table-scroll">
      <table className="data-table programs-table">
        <thead>
          <tr>
            <th scope="col">Program</th>
            <th scope="col">Location</th>
            <th scope="col">Track</th>
            <th scope="col">Region</th>
            <th scope="col">Status</th>
            <th scope="col">Interest</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr key={program.id}>
              <th scope="row">
                <Link to={recordPath('programs', program.id)}>{program.name}</Link>
                {program.institution && <span className="table-sub muted">{program.institution}</span>}
              </th>
              <td>{[program.city, program.state].filter(Boolean).join(', ') || '—'}</td>
              <td>{TRACK_LABELS[program.track]}</td>
              <td>{program.region ? REGION_LABELS[program.region] : '—'}</td>
              <td>{APPLICATION_STATUS_LABELS[program.status]}</td>
              <td>
                {program.interest}
                <span className="visually-hidden"> out of 5</span>
                <span aria-hidden="true">/5</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SideScroll>
  );
}
