import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPatientData, foldDigitsAndWidths, withoutPatientData, type PatientDataKind } from '../../../src/domain/playbook/patient-data-check';

/** [text, the phrase that must be flagged, its kind] */
const FLAGGED: [string, string, PatientDataKind][] = [
  ['Case from MRN 1234567 was great', 'MRN 1234567', 'record-number'],
  ['MRN: 00123456', 'MRN: 00123456', 'record-number'],
  ['see MR# 7654321', 'MR# 7654321', 'record-number'],
  ['MR#7654321 had TIPS', 'MR#7654321', 'record-number'],
  ['med rec no. 445566', 'med rec no. 445566', 'record-number'],
  ['Chart # 998877', 'Chart # 998877', 'record-number'],
  ['pt ID 112233 did well', 'pt ID 112233', 'record-number'],
  ['Accession 48213377 showed the AVM', 'Accession 48213377', 'record-number'],
  ['Interesting case, 48213377, a tough TIPS', '48213377', 'record-number'],
  ['SSN 123-45-6789', '123-45-6789', 'ssn'],
  ['DOB 3/4/1950', 'DOB 3/4/1950', 'date-of-birth'],
  ['DOB: 03/04/1950', 'DOB: 03/04/1950', 'date-of-birth'],
  ['D.O.B. 1950-03-04', 'D.O.B. 1950-03-04', 'date-of-birth'],
  ['date of birth March 4, 1950', 'date of birth March 4, 1950', 'date-of-birth'],
  ['DOB 3/4', 'DOB 3/4', 'date-of-birth'],
  ['born 03/04/1950', 'born 03/04/1950', 'date-of-birth'],
  ['born on 4 March 1950', 'born on 4 March 1950', 'date-of-birth'],
  ['GAE case 3/4/1958 went smoothly', '3/4/1958', 'date-of-birth'],
  ['pt J.S. had a great outcome', 'pt J.S.', 'patient-name'],
  ['Pt JS had a great outcome', 'Pt JS', 'patient-name'],
  ['Saw patient John Smith with Dr. Lee', 'patient John Smith', 'patient-name'],
  ['Patient Smith was discharged', 'Patient Smith', 'patient-name'],
  ["patient's name: Jane", "patient's name: Jane", 'patient-name'],
  ['Mr. K, 67M, HCC s/p Y90', 'Mr. K', 'patient-name'],
  ['Mr. K, 67M, HCC s/p Y90', '67M', 'age-sex'],
  ['Ms. J. had a UFE', 'Ms. J.', 'patient-name'],
  ['67 yo M with PAD', '67 yo M', 'age-sex'],
  ['45 y/o F', '45 y/o F', 'age-sex'],
  ['a 67-year-old man with HCC', '67-year-old man', 'age-sex'],
  ['shadowed a case, 72 F with DVT', '72 F', 'age-sex'],
  // Digits in groups, in other scripts, and dates written without separators or with an ordinal day.
  ['MRN 12 34 56 78', 'MRN 12 34 56 78', 'record-number'],
  ['MRN: 1234 5678 from clinic', 'MRN: 1234 5678', 'record-number'],
  ['MRN 12-34-56-78', 'MRN 12-34-56-78', 'record-number'],
  ['MRN ١٢٣٤٥٦٧٨', 'MRN ١٢٣٤٥٦٧٨', 'record-number'],
  ['MRN ۱۲۳۴۵۶۷۸', 'MRN ۱۲۳۴۵۶۷۸', 'record-number'],
  ['MRN １２３４５６７８', 'MRN １２３４５６７８', 'record-number'],
  ['ＭＲＮ：１２３４５６７８', 'ＭＲＮ：１２３４５６７８', 'record-number'],
  ['Interesting case, ٤٨٢١٣٣٧٧, a tough TIPS', '٤٨٢١٣٣٧٧', 'record-number'],
  ['Great case, １２３４５６７ on the list', '１２３４５６７', 'record-number'],
  ['DOB ٠٣/٠٤/١٩٥٥', 'DOB ٠٣/٠٤/١٩٥٥', 'date-of-birth'],
  ['DOB ۰۳/۰۴/۱۹۵۵', 'DOB ۰۳/۰۴/۱۹۵۵', 'date-of-birth'],
  ['ＤＯＢ　０３／０４／１９５５', 'ＤＯＢ　０３／０４／１９５５', 'date-of-birth'],
  ['SSN ١٢٣-٤٥-٦٧٨٩', '١٢٣-٤٥-٦٧٨٩', 'ssn'],
  ['dob:03041955', 'dob:03041955', 'date-of-birth'],
  ['DOB 19550304', 'DOB 19550304', 'date-of-birth'],
  ['DOB 030455 per chart', 'DOB 030455', 'date-of-birth'],
  ['DOB 4th of March 1955', 'DOB 4th of March 1955', 'date-of-birth'],
  ['DOB March the 4th, 1955', 'DOB March the 4th, 1955', 'date-of-birth'],
  ['born the 4th of March 1955', 'born the 4th of March 1955', 'date-of-birth'],
  ['Case was the 4th of March 1955 birthday', 'the 4th of March 1955', 'date-of-birth'],
];

/** Ordinary networking notes that must stay quiet. */
const INNOCENT: string[] = [
  'Call me at (555) 123-4567.',
  'Cell 555-123-4567',
  'Office 555.123.4567',
  'Phone +1 555 123 4567',
  'WhatsApp +1 5551234567',
  'Call me at 5551234567 after clinic',
  'Applying in 2026 as a PGY-2 in DR',
  'Step 2 CK 255, Step 1 pass',
  'Met on 3/14 at the SIR reception',
  'Met on 3/14/2026, follow up in 4 weeks',
  'Interview on 2026-10-15 at 9:30',
  'She cares a lot about patient care and teaching',
  'Big practice in patients with PAD',
  'IR sees 30 patients a day',
  'PMID 31234567 is her GAE paper',
  'Zoom meeting ID: 8123456789',
  'NPI 1234567890',
  'My AAMC ID 12345678 is on the CV',
  'NCT01234567 trial on GAE',
  'ORCID 0000-0002-1825-0097',
  'Patient Safety Week talk by Dr. Lee',
  'Mr. Johnson, the program coordinator, set up the call',
  'Ms. Rivera arranged the tour',
  '$250000 grant for the IO study',
  'NIH R01 for $2.5M',
  '3M sponsored the booth',
  'Used a 10F sheath and a 5F catheter',
  'A 24F drain is on the poster',
  'Dr. Lee has a 5-year-old son',
  'A patient-centered program',
  'Rated on a 5 pt Likert scale',
  'Pt education handouts for UFE',
  'The patient experience office runs the survey',
  'Room 4B, 12:30 pm',
  'Her h-index is 42 with 1,200 citations',
  'Scored in the 99th percentile',
  'Graduated in 1998 and trained at Fictional University',
  'Patients With PAD: a panel at SIR',
  'Got 2,000,000 impressions on the post',
  'The GAE video reached 1234567 views',
  'Invoice 123456 for the poster print',
  // Ordinary networking notes next to the shapes added for issue 21.
  'met Dr. Lee at SIR 2026 booth 12',
  'Booth 12 34 at the back of the hall',
  'Tables 12 14 and 16 at the dinner',
  'Lunch on March 4 2026 with Dr. Lee',
  'Meeting on the 4th of March 2026 at 9:30',
  'Met 4 March 2026 at SIR',
  'SIR 2026, March 28 to April 2',
  'room 1203',
  'Room ١٢٠٣, second floor',
  'Step 2 CK ٢٥٥',
  'PGY-２ in IR',
  'Cell ５５５-１２３-４５６７',
  'Call me at ٠٥٥ ١٢٣ ٤٥٦٧',
  'Phone +٩٧١ ٥٠ ١٢٣ ٤٥٦٧',
  'Meeting ID 812 3456 7890',
  'Her birthday is in March; send a card',
  'Born and raised in Ohio, trained at Fictional University in 2010',
  'Class of 1998, fellowship 2004',
];

describe('checkPatientData', () => {
  it.each(FLAGGED)('flags %j', (text, phrase, kind) => {
    const findings = checkPatientData(text);
    expect(findings.map((f) => ({ phrase: f.phrase, kind: f.kind }))).toContainEqual({ phrase, kind });
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
      expect(f.reason.length).toBeGreaterThan(10);
    }
  });

  it.each(INNOCENT)('leaves %j alone', (text) => {
    expect(checkPatientData(text)).toEqual([]);
  });

  it('reports a labelled number once, as the label and the number together', () => {
    expect(checkPatientData('MRN 1234567').map((f) => f.phrase)).toEqual(['MRN 1234567']);
  });

  it('finds each identifier in a longer note at its own offsets', () => {
    const note = 'Shadowed Dr. Lee. Pt J.S., DOB 3/4/1950, MRN 7654321 — great PAE case. Follow up 4/2.';
    const findings = checkPatientData(note);
    expect(findings.map((f) => f.kind)).toEqual(['patient-name', 'date-of-birth', 'record-number']);
    for (const f of findings) expect(note.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('never throws, and its findings lie within the text, in order and apart', () => {
    const noisy = fc.constantFrom(
      'MRN', 'DOB', 'pt', 'patient', 'Mr.', 'K', 'J.S.', '67M', '1234567', '3/4/1950', '555-123-4567', 'yo', 'F', ':', '#',
      ',', '.', '\n', ' ', '2026', 'PGY-2', 'born',
    );
    const text = fc.oneof(fc.string(), fc.array(noisy, { maxLength: 30 }).map((words) => words.join(' ')));
    fc.assert(
      fc.property(text, (value) => {
        let reach = 0;
        for (const f of checkPatientData(value)) {
          expect(f.start).toBeGreaterThanOrEqual(reach);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(value.length);
          expect(value.slice(f.start, f.end)).toBe(f.phrase);
          reach = f.end;
        }
      }),
    );
  });

  it('flags any 6 to 10 digit run standing alone in a sentence', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{5,9}$/), fc.lorem({ maxCount: 5 }), (digits, words) => {
        const text = `${words} ${digits} ${words}`;
        expect(checkPatientData(text).some((f) => f.phrase === digits && f.kind === 'record-number')).toBe(true);
      }),
    );
  });

  it('never flags phone numbers in the usual shapes', () => {
    const d = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    fc.assert(
      fc.property(d(3), d(3), d(4), fc.constantFrom('(A) B-C', 'A-B-C', 'A.B.C', '+1 A B C'), (a, b, c, shape) => {
        const phone = shape.replace('A', a).replace('B', b).replace('C', c);
        expect(checkPatientData(`Office line ${phone}, ask for the coordinator.`)).toEqual([]);
      }),
    );
  });
});

describe('foldDigitsAndWidths', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['０１２３４５６７８９', '0123456789'],
    ['ＭＲＮ：　１２', 'MRN: 12'],
    ['plain text 123', 'plain text 123'],
  ])('%j → %j', (text, folded) => {
    expect(foldDigitsAndWidths(text)).toBe(folded);
  });

  it('keeps the length of any text, so offsets found in the folded text fit the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(foldDigitsAndWidths(value)).toHaveLength(value.length);
      }),
    );
  });
});

describe('withoutPatientData', () => {
  it.each([
    ['Seen: MRN 12345678, DOB 03/14/1962 in clinic', 'Seen: in clinic'],
    ['MRN 12345678, DOB 03/14/1962', ''],
    ['Great chat about Y-90; she uses MRN 12345678 as an example.', 'Great chat about Y-90; she uses as an example.'],
    ['Talked about PAD limb salvage.', 'Talked about PAD limb salvage.'],
  ])('%j → %j', (text, cleaned) => {
    expect(withoutPatientData(text)).toBe(cleaned);
    expect(checkPatientData(withoutPatientData(text))).toEqual([]);
  });
});
