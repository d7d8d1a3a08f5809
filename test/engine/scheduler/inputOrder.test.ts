import { describe, expect, it } from 'vitest';
import { fileRanks, interleave } from '../../../src/engine/scheduler/inputOrder';
import { sourceAt } from './fixtures';

const at = (file: string, line: number) => ({ source: sourceAt(file, line) });

describe('fileRanks', () => {
  it('merges the file order each list shows', () => {
    // Pods only show a.yaml; Deployments show b.yaml before a.yaml.
    const ranks = fileRanks([[at('a.yaml', 1)], [at('b.yaml', 1), at('a.yaml', 5)]]);
    expect([...ranks.entries()].sort((x, y) => x[1] - y[1]).map(([f]) => f)).toEqual(['b.yaml', 'a.yaml']);
  });

  it('falls back to first appearance when lists disagree', () => {
    const ranks = fileRanks([
      [at('a.yaml', 1), at('b.yaml', 1)],
      [at('b.yaml', 2), at('a.yaml', 2)],
    ]);
    expect(ranks.size).toBe(2);
    expect(ranks.get('a.yaml')).toBe(0);
  });
});

describe('interleave', () => {
  it('puts a Deployment between the pods written around it', () => {
    const pods = [at('app.yaml', 1), at('app.yaml', 30)];
    const deployments = [at('app.yaml', 10)];
    expect([...interleave(pods, deployments, fileRanks([pods, deployments]))]).toEqual([0, -1, 1]);
  });

  it('orders across files by file rank, and puts pods first at equal positions', () => {
    const pods = [at('z.yaml', 1)];
    const deployments = [at('a.yaml', 1), at('z.yaml', 1)];
    const ranks = new Map([
      ['a.yaml', 0],
      ['z.yaml', 1],
    ]);
    expect([...interleave(pods, deployments, ranks)]).toEqual([-1, 0, -2]);
  });
});
