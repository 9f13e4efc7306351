import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexActivity, noActivity } from '../../../src/domain/scoring/activity';
import { activityByContact, touchOf } from '../../../src/domain/scoring/touches';
import { contact, interaction, NOW, TODAY, worldArb } from './fixtures';

describe('activityByContact', () => {
  it('gives every contact exactly what indexActivity gives from the full interactions', () => {
    fc.assert(
      fc.property(worldArb, fc.boolean(), (world, dropSome) => {
        // Also with contacts missing from the list (their activity is simply not asked for) and repeated ones.
        const contacts = dropSome ? [...world.contacts.filter((_, i) => i % 2 === 0), world.contacts[0]] : world.contacts;
        const context = { nowMs: world.now.getTime(), today: world.today ?? TODAY, halfLifeDays: world.settings.halfLifeDays };
        const byId = activityByContact(world.interactions.map(touchOf), world.reminders, context);
        expect(contacts.map((c) => byId.get(c.id) ?? noActivity())).toEqual(indexActivity(contacts, world.interactions, world.reminders, context));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the instant once and keeps only promises still owed', () => {
    const touch = touchOf(
      interaction({
        id: 'i9',
        occurredAt: '2026-03-10T15:00:00.000Z',
        commitments: [
          { id: 'k1', direction: 'promised', text: 'send the abstract', dueDate: null, done: false },
          { id: 'k2', direction: 'promised', text: 'share the CV', dueDate: null, done: true },
          { id: 'k3', direction: 'offered', text: 'an introduction', dueDate: null, done: false },
        ],
      }),
    );
    expect(touch).toEqual({
      id: 'i9',
      atMs: Date.parse('2026-03-10T15:00:00.000Z'),
      kind: 'meeting',
      contactIds: ['c1'],
      owed: [{ id: 'k1', text: 'send the abstract', dueDate: null, interactionId: 'i9' }],
    });
    const byId = activityByContact([touch], [], { nowMs: NOW.getTime(), today: TODAY, halfLifeDays: 90 });
    expect(byId.get(contact().id)?.touches).toBe(1);
    expect(byId.has('c2')).toBe(false);
  });
});
