import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of Vigie's package.json: reference data, migrations and the web build are found from it,
 * whether this code runs from src/ through tsx or bundled into dist/.
 */
function findPackageRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'reference'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no Vigie package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(import.meta.dirname);
