/** Opens dropped or picked files, loading the importer (zip reader included) on first use. */
export async function openFiles(list: readonly File[]): Promise<void> {
  const { openFiles: open } = await import('./applyImport');
  await open(list);
}
