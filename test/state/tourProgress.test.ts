// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, sanitizeProgress, saveProgress, withPassedStep, withSolvedChallenge } from '../../src/state/tourProgress';

beforeEach(() => localStorage.clear());

describe('tour progress', () => {
  it('records passed steps once, sorted, and solved challenges, and round-trips through localStorage', () => {
    let progress = withPassedStep({ scenarios: {} }, 'seed-demo', 2);
    progress = withPassedStep(progress, 'seed-demo', 0);
    progress = withPassedStep(progress, 'seed-demo', 2);
    progress = withSolvedChallenge(progress, 'seed-demo', 'seed-stay-in-zone-a');
    saveProgress({ ...progress, last: { scenario: 'seed-demo', step: 2 } });
    expect(loadProgress()).toEqual({
      scenarios: { 'seed-demo': { passedSteps: [0, 2], solvedChallenges: ['seed-stay-in-zone-a'] } },
      last: { scenario: 'seed-demo', step: 2 },
    });
  });

  it('keeps only well-formed entries of whatever is stored', () => {
    expect(sanitizeProgress(null)).toEqual({ scenarios: {} });
    expect(
      sanitizeProgress({ scenarios: { a: { passedSteps: [1, -1], solvedChallenges: 'x' }, b: 7 }, last: { scenario: 3, step: 1 } }),
    ).toEqual({
      scenarios: { a: { passedSteps: [], solvedChallenges: [] } },
    });
    localStorage.setItem('ktp.scenario-progress', '{not json');
    expect(loadProgress()).toEqual({ scenarios: {} });
  });
});
