/** Opening picked files: a file the browser cannot read leaves the workspace as it was and says so. */
import { afterEach, expect, it } from 'vitest';
import { openFiles } from '../../../src/io/import/applyImport';
import { useStore } from '../../../src/state';
import { useNotice } from '../../../src/state/noticeStore';

afterEach(() => useNotice.getState().dismiss());

it('a file deleted before it was read gives an error notice and no change', async () => {
  const before = useStore.getState().files;
  const gone = {
    name: 'cluster-1000.json',
    size: 10,
    arrayBuffer: () => Promise.reject(new Error('A requested file or directory could not be found')),
  } as unknown as File;
  await openFiles([gone]);
  expect(useNotice.getState().notice).toEqual({
    kind: 'error',
    text: 'Could not read cluster-1000.json (A requested file or directory could not be found): the workspace is unchanged.',
  });
  expect(useStore.getState().files).toBe(before);
});
