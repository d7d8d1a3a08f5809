import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointAlong, trackOfPath } from '../../src/view/packetTrack';

describe('trackOfPath', () => {
  it('measures straight pieces and finds points by length, not by piece', () => {
    const track = trackOfPath('M0,0 L10,0 L10,30');
    expect([...track.lengths]).toEqual([0, 10, 40]);
    expect(pointAlong(track, 0)).toEqual([0, 0]);
    expect(pointAlong(track, 0.25)).toEqual([10, 0]);
    expect(pointAlong(track, 0.5)).toEqual([10, 10]);
    expect(pointAlong(track, 1)).toEqual([10, 30]);
    expect([track.minX, track.minY, track.maxX, track.maxY]).toEqual([0, 0, 10, 30]);
  });

  it('flattens a cubic curve from its start to its end, with decimals and negative numbers', () => {
    const track = trackOfPath('M-5.5,2 L0,0 C0,-40 100,-40 100,0');
    expect(pointAlong(track, 0)).toEqual([-5.5, 2]);
    const [x, y] = pointAlong(track, 1);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(0);
    // The arc rises above its ends (the curve's peak is at y = -30).
    expect(track.minY).toBeCloseTo(-30, 0);
    expect(track.lengths[track.lengths.length - 1]).toBeGreaterThan(100);
  });

  it('keeps every point of any M/L/C path inside the bounds, lengths never decreasing', () => {
    const coord = fc.integer({ min: -2000, max: 2000 });
    const point = fc.tuple(coord, coord);
    fc.assert(
      fc.property(
        point,
        point,
        fc.array(fc.tuple(point, point, point), { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, via, curves, fraction) => {
          const path = `M${start.join(',')} L${via.join(',')} ` + curves.map((c) => `C${c.map((p) => p.join(',')).join(' ')}`).join(' ');
          const track = trackOfPath(path);
          for (let i = 1; i < track.lengths.length; i++) expect(track.lengths[i]!).toBeGreaterThanOrEqual(track.lengths[i - 1]!);
          const [x, y] = pointAlong(track, fraction);
          expect(x).toBeGreaterThanOrEqual(track.minX - 1e-9);
          expect(x).toBeLessThanOrEqual(track.maxX + 1e-9);
          expect(y).toBeGreaterThanOrEqual(track.minY - 1e-9);
          expect(y).toBeLessThanOrEqual(track.maxY + 1e-9);
          const end = curves.length ? curves[curves.length - 1]![2] : via;
          const [ex, ey] = pointAlong(track, 1);
          expect(ex).toBeCloseTo(end[0]);
          expect(ey).toBeCloseTo(end[1]);
        },
      ),
    );
  });

  it('survives a path with nothing in it', () => {
    expect(pointAlong(trackOfPath(''), 0.5)).toEqual([0, 0]);
    expect(pointAlong(trackOfPath('M3,4'), 0.5)).toEqual([3, 4]);
  });
});
