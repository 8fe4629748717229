/** Which files a test file may share a process with: null to run alone, else a group key ('' for none). */
export function processGroup(source: string): string | null;
/** Groups compiled test files into units to run (a file, or a batch module written into outdir/batches). */
export function writeBatches(
  tests: Array<{ compiled: string; group: string | null }>,
  options: { outdir: string; size: number },
): string[];
