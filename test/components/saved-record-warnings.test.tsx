/**
 * A record saved or imported with text that looks like patient data keeps a
 * warning on its page (contact, program, event), naming the phrases, so an
 * "Import anyway" never leaves it shown as if clean.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactRoute } from '../../src/app/routes/contact-route';
import { EventRoute } from '../../src/app/routes/event-route';
import { ProgramRoute } from '../../src/app/routes/program-route';
import { createContact } from '../../src/data/contacts';
import { createEvent } from '../../src/data/events';
import { createProgram } from '../../src/data/programs';
import { contactFields, eventFields, programFields } from '../factories';
import { renderWithRouter } from '../render';

const warning = () => screen.findByRole('note');

describe('saved records keep a patient-data warning on their page', () => {
  it('contact: title, institution and notes', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Ana Reyes', title: 'MRN 12 34 56 78', notes: 'dob:03041955' }));
    renderWithRouter(<ContactRoute />, { path: '/contacts/:contactId', route: `/contacts/${contact.id}` });
    expect(await warning()).toHaveTextContent('May hold patient identifiers: “MRN 12 34 56 78”, “dob:03041955”');
  });

  it('program: every notes field', async () => {
    const program = await createProgram(programFields({ callNotes: 'DOB 4th of March 1955' }));
    renderWithRouter(<ProgramRoute />, { path: '/programs/:programId', route: `/programs/${program.id}` });
    expect(await warning()).toHaveTextContent('“DOB 4th of March 1955”');
  });

  it('event: notes and sessions', async () => {
    const event = await createEvent(eventFields({ sessions: ['Case review, MRN ١٢٣٤٥٦٧٨'] }));
    renderWithRouter(<EventRoute />, { path: '/events/:eventId', route: `/events/${event.id}` });
    expect(await warning()).toHaveTextContent('“MRN ١٢٣٤٥٦٧٨”');
  });

  it('says nothing on a record with ordinary notes', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Bo Lind', title: 'PGY-2', notes: 'Met at SIR 2026 booth 12, room 1203' }));
    renderWithRouter(<ContactRoute />, { path: '/contacts/:contactId', route: `/contacts/${contact.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Bo Lind' })).toBeInTheDocument();
    expect(screen.queryByText(/May hold patient identifiers/)).toBeNull();
  });
});
