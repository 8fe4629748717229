import { Command } from 'commander';
import { searchFacilities } from '../../core/facility/facility-search.ts';
import { Gazetteer } from '../../core/shared/gazetteer.ts';
import { loadReferenceData } from '../../store/reference-data.ts';

export function facilitiesCommand(): Command {
  return new Command('facilities')
    .description('list or search the penitentiary sites by name or alias')
    .argument('[query...]', 'words of a name or alias, e.g. "toulon" or "aix luynes"')
    .option('--department <code>', 'only this department (INSEE code)')
    .option('--directorate <code>', 'only this directorate, e.g. DISP-MARSEILLE')
    .option('--json', 'print JSON')
    .action((words: string[], flags: { department?: string; directorate?: string; json?: boolean }) => {
      // Reference data only: no need to open the store.
      const reference = loadReferenceData();
      const gazetteer = new Gazetteer(reference.facilities, reference.departments, reference.directorates);
      const found = searchFacilities(gazetteer.facilities, {
        q: words.join(' ') || undefined,
        department: flags.department,
        directorate: flags.directorate,
      });
      if (flags.json) {
        console.log(JSON.stringify(found, null, 2));
        return;
      }
      if (found.length === 0) {
        console.log(`no facility matches "${words.join(' ')}"; try a shorter name or a town`);
        return;
      }
      for (const facility of found) {
        console.log(
          [
            facility.id.padEnd(38),
            facility.name.padEnd(58),
            facility.department_code.padEnd(4),
            facility.directorate_code ?? '',
          ].join(' '),
        );
      }
      console.error(`${found.length} facilit${found.length === 1 ? 'y' : 'ies'}`);
    });
}
