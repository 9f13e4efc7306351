/**
 * How one record names another in Rapport's CSV files, where ids mean
 * nothing (a re-import gives every record a new one): a contact's programs
 * and the contact who introduced them are written as the other record's
 * name with its institution in brackets — "Integrated IR (Mercy Hospital)",
 * "Dr. Ana Reyes (Mercy Hospital)" — the same name and institution the
 * importers use to spot duplicates, so the reference finds the record again
 * in any database that holds it.
 */
import { normalizeText } from './import-candidate';

/** What a reference is made of: a name and an institution. */
export interface Referable {
  name: string;
  institution: string;
}

/**
 * "Name (Institution)", or the name alone when there is no institution — but
 * "DR (ESIR) ()" for a name that itself ends in brackets, so it does not read
 * as the program "DR" at the institution "ESIR".
 */
export function referenceTo(record: Referable): string {
  const name = record.name.trim();
  const institution = record.institution.trim();
  if (institution !== '') return `${name} (${institution})`;
  return name.endsWith(')') ? `${name} ()` : name;
}

/**
 * Finds records by reference: exactly as written first, else — for a file
 * edited by hand ("integrated ir (mercy hospital)") — ignoring case, accents
 * and punctuation, when that points to one record only.
 */
export class ReferenceIndex<K> {
  private readonly exact = new Map<string, K>();
  private readonly loose = new Map<string, K | null>();

  /** Adds a record under its reference; the first record with a reference keeps it. */
  add(record: Referable, key: K): void {
    const reference = referenceTo(record);
    if (reference === '') return;
    if (!this.exact.has(reference)) this.exact.set(reference, key);
    const loose = normalizeText(reference);
    // Two records that read the same once punctuation is gone are not told apart loosely.
    this.loose.set(loose, this.loose.has(loose) && this.loose.get(loose) !== key ? null : key);
  }

  find(reference: string): K | undefined {
    const wanted = reference.trim();
    return this.exact.get(wanted) ?? this.loose.get(normalizeText(wanted)) ?? undefined;
  }
}
