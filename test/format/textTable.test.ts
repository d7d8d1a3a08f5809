import { expect, test } from 'vitest';
import { alignColumns, uniqCountLine } from '../../src/format/textTable';

test('alignColumns pads every column but the last to its widest cell', () => {
  const lines = alignColumns([
    ['NODE', 'VERDICT', 'ENDPOINTS'],
    ['mnode-m02', 'drop', ''],
    ['m', 'forward', 'a 50%, b 50%'],
  ]);
  expect(lines).toEqual(['NODE        VERDICT   ENDPOINTS', 'mnode-m02   drop', 'm           forward   a 50%, b 50%']);
  // Columns line up: every ENDPOINTS cell starts at the same offset.
  expect(lines[2]!.indexOf('a 50%')).toBe(lines[0]!.indexOf('ENDPOINTS'));
});

test('uniqCountLine right-aligns counts like uniq -c', () => {
  expect(uniqCountLine(20, 'echo@mnode-m02')).toBe('     20 echo@mnode-m02');
  expect(uniqCountLine(1234567, 'x')).toBe('1234567 x');
});
