/** Builders of valid field sets for tests; override any field. */
import type {
  ContactFields,
  EventFields,
  InteractionFields,
  ProgramFields,
  ReminderFields,
} from '../src/domain/entities';

let counter = 0;
const next = () => ++counter;

export function contactFields(overrides: Partial<ContactFields> = {}): ContactFields {
  const n = next();
  return { name: `Dr. Test Person ${n}`, role: 'ir-attending', institution: 'Fictional University Hospital', ...overrides };
}

export function programFields(overrides: Partial<ProgramFields> = {}): ProgramFields {
  const n = next();
  return { name: `Test IR Program ${n}`, track: 'integrated-ir', institution: 'Fictional Medical Center', ...overrides };
}

export function interactionFields(contactIds: string[], overrides: Partial<InteractionFields> = {}): InteractionFields {
  return {
    occurredAt: '2026-03-10T15:00:00.000Z',
    kind: 'meeting',
    contactIds,
    summary: 'Talked about embolization research',
    ...overrides,
  };
}

export function reminderFields(overrides: Partial<ReminderFields> = {}): ReminderFields {
  return { dueDate: '2026-03-13', latestDate: '2026-03-17', title: 'Send thank-you', kind: 'thank-you', ...overrides };
}

export function eventFields(overrides: Partial<EventFields> = {}): EventFields {
  return { name: 'SIR Annual Scientific Meeting', startDate: '2027-03-20', endDate: '2027-03-25', place: 'Fictional City', ...overrides };
}
