/** Settings rows saved by an older version still parse, with the newer fields defaulted. */
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/domain/settings';

const meta = { id: 'settings', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('older settings rows', () => {
  it('a row whose program weights predate the interest weight gets interest 3 and keeps its own weights', () => {
    const stored = settingsSchema.parse({ ...meta, scoring: { programWeights: { fit: 7, connection: 1, engagement: 0 } } });
    expect(stored.scoring.programWeights).toEqual({ fit: 7, connection: 1, engagement: 0, interest: 3 });
  });

  it('a row whose rules predate the conference follow-up gets it on, at 4 to 6 weeks', () => {
    const stored = settingsSchema.parse({
      ...meta,
      rules: { conferenceThankYou: { enabled: false, dueOffsetDays: 2, latestOffsetDays: 5 } },
    });
    expect(stored.rules.conferenceFollowUp).toEqual({ enabled: true, dueOffsetDays: 28, latestOffsetDays: 42 });
    expect(stored.rules.conferenceThankYou).toEqual({ enabled: false, dueOffsetDays: 2, latestOffsetDays: 5 });
  });

  it('an empty row gets every default', () => {
    const stored = settingsSchema.parse(meta);
    expect(stored.scoring.programWeights).toEqual({ fit: 5, connection: 3, engagement: 2, interest: 3 });
  });
});
