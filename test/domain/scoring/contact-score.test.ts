import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactLeverage, programAppeal, relationshipStrength } from '../../../src/domain/scoring/contact-score';
import { activity, contact } from './fixtures';

const signals = (n: number) => ({
  suggestsOpportunities: n >= 1,
  offersIntroductions: n >= 2,
  givesCriticalFeedback: n >= 3,
});

describe('relationshipStrength = 0.5·e/(e+2) + 0.3·stage + 0.2·signals/3', () => {
  it.each([
    // e = 0, identified (0), no signals: 0 + 0 + 0 = 0.
    { name: 'a name on a list', e: 0, touches: 0, stage: 'identified', n: 0, value: 0, detail: 'No touches logged · Identified · no mentor signals' },
    // e = 1: 0.5·1/3 = 0.1667; met 0.4 → 0.12; total 0.2867.
    { name: 'one fresh meeting, met', e: 1, touches: 1, stage: 'met', n: 0, value: 0.5 / 3 + 0.12, detail: '1 touch logged, worth about 1 recent meeting · Met · no mentor signals' },
    // e = 2: 0.5·2/4 = 0.25; mentor 0.8 → 0.24; 3 signals → 0.2; total 0.69.
    { name: 'mentor with every signal', e: 2, touches: 3, stage: 'mentor', n: 3, value: 0.69, detail: '3 touches logged, together worth about 2 recent meetings · Mentor · 3 of 3 mentor signals' },
    // e = 6: 0.5·6/8 = 0.375; advocate 1 → 0.3; 1 signal → 0.0667; total 0.7417.
    { name: 'advocate, many touches', e: 6, touches: 9, stage: 'advocate', n: 1, value: 0.375 + 0.3 + 0.2 / 3, detail: '9 touches logged, together worth about 6 recent meetings · Advocate · 1 of 3 mentor signals' },
    // e = 0.25 (old emails): 0.5·0.25/2.25 = 0.0556; contacted 0.2 → 0.06; total 0.1156.
    { name: 'faded emails', e: 0.25, touches: 4, stage: 'contacted', n: 0, value: 0.5 * (0.25 / 2.25) + 0.06, detail: '4 touches logged, together worth less than one recent meeting · Contacted · no mentor signals' },
  ] as const)('$name → $value', ({ e, touches, stage, n, value, detail }) => {
    const result = relationshipStrength(contact({ stage, mentorSignals: signals(n) }), activity({ decayedWeight: e, touches }));
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });

  it('stays in 0–1 and never drops when touches add up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (e, extra) => {
        const c = contact({ stage: 'engaged', mentorSignals: signals(2) });
        const before = relationshipStrength(c, activity({ decayedWeight: e })).value;
        const after = relationshipStrength(c, activity({ decayedWeight: e + extra })).value;
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after).toBeLessThanOrEqual(1);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('contactLeverage = 0.6·role + 0.4·best linked program appeal', () => {
  const linked = (name: string, fit: number, interest: number, status: 'applied' | 'not-applying' = 'applied') => ({ name, fit, interest, status });

  it.each([
    // PD role 1 → 0.6; no link → 0. Total 0.6.
    { name: 'program director, no program', role: 'program-director', programs: [], value: 0.6, detail: 'Program director · not linked to a program' },
    // IR attending 0.7 → 0.42; appeal 0.5·0.8 + 0.5·(5−1)/4 = 0.9 → 0.36. Total 0.78.
    { name: 'attending at a favourite', role: 'ir-attending', programs: [linked('North IR', 0.8, 5)], value: 0.78, detail: 'IR attending · linked to North IR (fit 80%, interest 5/5)' },
    // Resident 0.3 → 0.18; appeals: A 0.5·0.2 + 0 = 0.1, B 0.5·0.6 + 0.5·0.5 = 0.55 → best 0.55 → 0.22. Total 0.40.
    { name: 'resident at two programs, best counts', role: 'resident', programs: [linked('A', 0.2, 1), linked('B', 0.6, 3)], value: 0.4, detail: 'Resident · linked to B (fit 60%, interest 3/5)' },
    // Chief 0.9 → 0.54; not applying → appeal 0. Total 0.54.
    { name: 'chief where you are not applying', role: 'division-chief', programs: [linked('South IR', 1, 5, 'not-applying')], value: 0.54, detail: 'Division chief · linked to South IR (not applying)' },
    // Peer applicant 0.1 → 0.06; appeal 0.5·0 + 0.5·(3−1)/4 = 0.25 → 0.1. Total 0.16.
    { name: 'peer at an unrated program', role: 'peer-applicant', programs: [linked('East IR', 0, 3)], value: 0.16, detail: 'Peer applicant · linked to East IR (fit 0%, interest 3/5)' },
  ] as const)('$name → $value', ({ role, programs, value, detail }) => {
    const result = contactLeverage(contact({ role }), programs);
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });

  it.each([
    // 0.5·fit + 0.5·(interest − 1)/4
    { fit: 1, interest: 5, status: 'ranked', appeal: 1 },
    { fit: 0, interest: 1, status: 'applied', appeal: 0 },
    { fit: 0.5, interest: 3, status: 'researching', appeal: 0.5 },
    { fit: 1, interest: 5, status: 'not-applying', appeal: 0 },
  ] as const)('programAppeal fit $fit, interest $interest, $status → $appeal', ({ fit, interest, status, appeal }) => {
    expect(programAppeal({ fit, interest, status })).toBeCloseTo(appeal, 10);
  });
});
