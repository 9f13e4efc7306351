import { describe, expect, it } from 'vitest';
import { listTemplates, resetTemplate, saveTemplate, templatesWithEdits } from '../../src/data/templates';
import { getSettings } from '../../src/data/profile-settings';
import { ValidationError } from '../../src/domain/validation';
import { MESSAGE_TEMPLATES, templateById } from '../../src/domain/playbook/templates';

const NOW = new Date('2027-02-01T16:00:00.000Z');

describe('templates in settings', () => {
  it('lists the five built-ins in order when nothing is edited', async () => {
    const list = await listTemplates();
    expect(list.map((e) => [e.template.id, e.edited])).toEqual(MESSAGE_TEMPLATES.map((t) => [t.id, false]));
  });

  it('stores an edit in place of its built-in and resets it', async () => {
    const edit = { ...templateById('mentor-progress-update'), subject: 'Update from {{profile.name}}' };
    await saveTemplate(edit, NOW);
    const list = await listTemplates();
    expect(list.map((e) => e.template.id)).toEqual(MESSAGE_TEMPLATES.map((t) => t.id));
    const entry = list.find((e) => e.template.id === 'mentor-progress-update');
    expect(entry).toMatchObject({ edited: true, template: { subject: 'Update from {{profile.name}}' } });
    expect(entry?.builtIn?.subject).toBe(templateById('mentor-progress-update').subject);

    // Saving again replaces, never duplicates.
    await saveTemplate({ ...edit, subject: 'Second try' }, NOW);
    expect((await getSettings()).templates.map((t) => t.subject)).toEqual(['Second try']);

    const removed = await resetTemplate('mentor-progress-update', NOW);
    expect(removed?.subject).toBe('Second try');
    expect((await getSettings()).templates).toEqual([]);
    expect(await resetTemplate('mentor-progress-update', NOW)).toBeNull();
  });

  it('drops an edit that is identical to the built-in, so "edited" means changed', async () => {
    await saveTemplate({ ...templateById('first-contact'), subject: 'Changed' }, NOW);
    await saveTemplate(templateById('first-contact'), NOW);
    expect((await getSettings()).templates).toEqual([]);
  });

  it('refuses an invalid template and leaves the settings as they were', async () => {
    await saveTemplate({ ...templateById('first-contact'), subject: 'Kept' }, NOW);
    await expect(saveTemplate({ ...templateById('first-contact'), name: '  ' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(saveTemplate({ ...templateById('first-contact'), subject: 'x'.repeat(301) }, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect((await getSettings()).templates.map((t) => t.subject)).toEqual(['Kept']);
  });

  it('keeps templates of the user’s own after the built-ins', () => {
    const own = { id: 'my-own', name: 'Research ask', purpose: '', subject: 'Research', body: 'Hi' };
    expect(templatesWithEdits([own]).map((e) => [e.template.id, e.builtIn === null])).toEqual([
      ...MESSAGE_TEMPLATES.map((t) => [t.id, false]),
      ['my-own', true],
    ]);
  });
});
