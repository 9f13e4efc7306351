import { describe, expect, it } from 'vitest';
import { neighbourComparison } from '../../../src/domain/scoring/compare';
import type { Contribution } from '../../../src/domain/scoring/types';

const part = (factor: string, label: string, points: number, detail: string): Contribution => ({
  factor,
  label,
  points,
  maxPoints: 30,
  value: points / 30,
  detail,
});

describe('neighbourComparison', () => {
  const ahead = {
    score: 60,
    contributions: [
      part('fit', 'Fit', 30, 'Ratings 4.5/5'),
      part('connection', 'Connection', 20, '2 contacts · strongest Dr. Lee (54%)'),
      part('interest', 'Your interest', 10, '5 of 5'),
    ],
  };
  it.each([
    {
      name: 'names the factor with the biggest lead and its words',
      behind: { score: 45, contributions: [part('fit', 'Fit', 29, ''), part('connection', 'Connection', 6, ''), part('interest', 'Your interest', 10, '')] },
      line: 'Ahead of Bramblewood IR on connection (+14.0 points): 2 contacts · strongest Dr. Lee (54%).',
    },
    {
      name: 'a lead behind on some factors still names the one that wins it',
      behind: { score: 55, contributions: [part('fit', 'Fit', 40, ''), part('connection', 'Connection', 10, ''), part('interest', 'Your interest', 5, '')] },
      line: 'Ahead of Bramblewood IR on connection (+10.0 points): 2 contacts · strongest Dr. Lee (54%).',
    },
    {
      name: 'equal scores say the name decided',
      behind: { score: 60, contributions: [] },
      line: 'Level with Bramblewood IR on points; listed first by name.',
    },
    {
      name: 'one point, singular',
      behind: { score: 59, contributions: [part('fit', 'Fit', 30, ''), part('connection', 'Connection', 20, ''), part('interest', 'Your interest', 9, '')] },
      line: 'Ahead of Bramblewood IR on your interest (+1.0 point): 5 of 5.',
    },
  ])('$name', ({ behind, line }) => {
    expect(neighbourComparison(ahead, behind, 'Bramblewood IR')).toBe(line);
  });
});
