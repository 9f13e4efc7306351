/** The blueprint's inputs kept in memory from change notices, checked against a fresh read after each kind of write. */
import { describe, expect, it } from 'vitest';
import { watchBlueprintInput } from '../../src/data/blueprint-source';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { logInteraction } from '../../src/data/log-interaction';
import { completeReminder } from '../../src/data/reminders-inbox';
import { loadBlueprintInput } from '../../src/data/playbook';
import { getProfile, saveProfile, updateSettings } from '../../src/data/profile-settings';
import { loadSampleData, removeSampleData } from '../../src/data/sample';
import type { BlueprintInput } from '../../src/domain/playbook/blueprint';
import { defaultSettingsFields } from '../../src/domain/settings';
import { contactFields, interactionFields } from '../factories';

const TODAY = '2026-11-28';

/** Starts watching; `next()` resolves with the first input that arrives after it is called. */
function watch() {
  const inputs: BlueprintInput[] = [];
  const errors: unknown[] = [];
  let waiting: ((input: BlueprintInput) => void) | null = null;
  const stop = watchBlueprintInput(
    TODAY,
    (input) => {
      inputs.push(input);
      waiting?.(input);
      waiting = null;
    },
    (error) => errors.push(error),
  );
  return {
    inputs,
    errors,
    stop,
    next: () => new Promise<BlueprintInput>((resolve) => (waiting = resolve)),
  };
}

/** The input as the watcher last gave it equals a fresh read, once it has caught up. */
async function expectCaughtUp(w: ReturnType<typeof watch>) {
  const same = async () => {
    try {
      expect(w.inputs.at(-1)).toEqual(await loadBlueprintInput(TODAY));
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(same, { timeout: 5000 }).toBe(true);
}

describe('watchBlueprintInput', () => {
  it('gives the same input as a fresh read, first and after each kind of write', async () => {
    await loadSampleData(new Date(`${TODAY}T12:00:00`));
    const w = watch();
    await w.next();
    await expectCaughtUp(w);

    const mentor = await contactCommands.create(contactFields({ name: 'Dr. New Mentor', stage: 'mentor', role: 'ir-attending' }));
    await logInteraction(interactionFields([mentor.id], { kind: 'meeting', occurredAt: new Date(`${TODAY}T09:00:00`).toISOString() }), [], new Date(`${TODAY}T10:00:00`));
    await expectCaughtUp(w);

    const open = await db.reminders.where('status').equals('open').first();
    if (open) await completeReminder(open.id, new Date(`${TODAY}T11:00:00`));
    await contactCommands.remove(mentor.id);
    await expectCaughtUp(w);

    const rules = defaultSettingsFields().rules;
    await updateSettings({ rules: { ...rules, keepInTouch: { ...rules.keepInTouch, mentorDefaultDays: 21 } } });
    const profile = await getProfile();
    await saveProfile({ ...profile!, linkedinUrl: 'https://www.linkedin.com/in/someone' });
    await expectCaughtUp(w);
    expect(w.inputs.at(-1)?.mentorDefaultDays).toBe(21);

    await removeSampleData();
    await expectCaughtUp(w);
    await db.interactions.clear();
    await expectCaughtUp(w);
    expect(w.errors).toEqual([]);
    w.stop();
  });

  it('stops calling back once stopped', async () => {
    const w = watch();
    await w.next();
    w.stop();
    const count = w.inputs.length;
    await contactCommands.create(contactFields());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.inputs).toHaveLength(count);
  });
});
