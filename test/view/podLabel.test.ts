import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { middleEllipsis, nameEnds, podLabel, podNameChars } from '../../src/view/podLabel';

describe('middleEllipsis', () => {
  it('keeps short names and shortens long ones in the middle, keeping both ends', () => {
    expect(middleEllipsis('client', 14)).toBe('client');
    expect(middleEllipsis('echo-7f87489d76-4lzt6', 14)).toBe('echo-7…6-4lzt6');
    expect(middleEllipsis('echo-7f87489d76-4lzt6', 1)).toBe('…');
  });

  it('never returns more than asked and always keeps the end of the name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (name, max) => {
        const out = middleEllipsis(name, max);
        expect([...out].length).toBeLessThanOrEqual(Math.max(max, 1));
        if ([...name].length > max) expect(name.endsWith([...out].slice(out.indexOf('…') + 1).join(''))).toBe(true);
        else expect(out).toBe(name);
      }),
    );
  });
});

describe('podLabel', () => {
  it('keeps a generated name whole in a full-size box and keeps its distinguishing suffix in a narrow one', () => {
    expect(podLabel('echo-7f87489d76-4lzt6', 200, false)).toBe('echo-7f87489d76-4lzt6');
    const narrow = podLabel('echo-7f87489d76-4lzt6', 120, true);
    expect(narrow).toContain('…');
    expect(narrow.endsWith('lzt6')).toBe(true);
    expect(podNameChars(230, true)).toBeGreaterThan(podNameChars(136, true));
  });
});

describe('nameEnds', () => {
  it('keeps a generated suffix or a short last part as the tail, else the last six characters', () => {
    expect(nameEnds('web-68db979fcc-mcrfk')).toEqual(['web-68db979fcc', '-mcrfk']);
    expect(nameEnds('kind-worker2')).toEqual(['kind', '-worker2']);
    expect(nameEnds('averyveryverylongname')).toEqual(['averyveryverylo', 'ngname']);
    expect(nameEnds('node-agent-a-very-long-suffix-part')).toEqual(['node-agent-a-very-long-suffix', '-part']);
    expect(nameEnds('client')).toEqual(['', 'client']);
  });

  it('splits every name into a head and a non-empty tail that join to it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (name) => {
        const [head, tail] = nameEnds(name);
        expect(head + tail).toBe(name);
        expect(tail.length).toBeGreaterThan(0);
      }),
    );
  });
});
