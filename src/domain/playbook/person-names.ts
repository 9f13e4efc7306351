/** People's names as a message uses them: first and last name, and how to greet them. */
import type { Contact } from '../entities';
import type { ContactRole } from '../vocabulary';

/** Roles greeted as "Dr. Lastname". */
const DOCTOR_ROLES: ReadonlySet<ContactRole> = new Set<ContactRole>([
  'ir-attending',
  'program-director',
  'associate-pd',
  'division-chief',
  'dr-faculty',
  'ir-fellow',
  'resident',
]);

const HONORIFICS = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss)\.?$/i;
const CREDENTIALS =
  /^(?:m\.?d\.?|d\.?o\.?|ph\.?d\.?|mbbs|mbchb|fsir|facr|frcr|frcpc|mph|ms|msc|mba|mhs|rn|np|pa|pa-c|rt|rrt|crna|jr\.?|sr\.?|ii|iii|iv)$/i;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'st.', 'bin', 'al', 'ter']);

/**
 * Splits a contact's name into first and last name, dropping honorifics
 * ("Dr.") and credentials ("MD, FSIR"); lowercase particles stay with the
 * last name ("van der Berg").
 */
export function splitPersonName(name: string): { firstName: string; lastName: string; hasDoctorTitle: boolean } {
  const beforeComma = name.split(',')[0] ?? '';
  const tokens = beforeComma.trim().split(/\s+/).filter(Boolean);
  let hasDoctorTitle = false;
  while (tokens.length > 0 && HONORIFICS.test(tokens[0])) {
    if (/^(?:dr|prof|professor)\.?$/i.test(tokens[0])) hasDoctorTitle = true;
    tokens.shift();
  }
  while (tokens.length > 1 && CREDENTIALS.test(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 0) return { firstName: '', lastName: '', hasDoctorTitle };
  if (tokens.length === 1) return { firstName: tokens[0], lastName: tokens[0], hasDoctorTitle };
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && PARTICLES.has(tokens[lastStart - 1].toLowerCase())) lastStart -= 1;
  return { firstName: tokens[0], lastName: tokens.slice(lastStart).join(' '), hasDoctorTitle };
}

/**
 * How a message greets a contact: "Dr. Lastname" for physicians (by role or a
 * "Dr." in the name), the first name for a peer applicant, the full name
 * (without titles) for everyone else.
 */
export function greetingFor(contact: Pick<Contact, 'name' | 'role'>): string {
  const { firstName, lastName, hasDoctorTitle } = splitPersonName(contact.name);
  if (!lastName) return '';
  if (hasDoctorTitle || DOCTOR_ROLES.has(contact.role)) return `Dr. ${lastName}`;
  if (contact.role === 'peer-applicant') return firstName;
  return firstName === lastName ? firstName : `${firstName} ${lastName}`;
}
