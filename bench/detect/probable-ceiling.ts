/**
 * What the bench's untagged wave members allow at best (issue 15.2): an oracle that knows each wave's
 * classes (those its members show), its home ground (the directorates holding two of its acts or
 * more) and its nights (those it struck), and proposes every untagged act of those classes in that
 * ground on those nights. Its recall and precision bound what a rule reading only the campaign's
 * tagged core can do. Run on the tuning seeds:
 *   node --import tsx bench/detect/probable-ceiling.ts --seeds 1,2
 */
import { classesOf } from '../../src/analysis/waves/index.ts';
import { nightOf } from '../../src/analysis/waves/probable-likelihood.ts';
import { generateHistory } from './generator.ts';
import { historyOptions, parseOptions } from './options.ts';
import { classOf } from './vocabulary.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seeds = (at >= 0 ? args[at + 1] : '1,2').split(',').map(Number);
for (const seed of seeds) {
  const history = generateHistory(historyOptions(parseOptions(['--quick', '--seed', String(seed)]), true));
  const byId = new Map(history.incidents.map((incident) => [incident.id, incident]));
  const waveOf = new Map(history.truth.waves.flatMap((wave) => wave.members.map((id) => [id, wave.id] as const)));
  const rows: Record<string, { untagged: number; found: number; proposed: number }> = {};
  for (const wave of history.truth.waves) {
    const members = wave.members.map((id) => byId.get(id)!);
    const classes = new Set(members.flatMap((m) => classesOf(m)));
    const counts = new Map<string | null, number>();
    for (const m of members) counts.set(m.directorate, (counts.get(m.directorate) ?? 0) + 1);
    const home = new Set([...counts].filter(([, c]) => c >= 2).map(([d]) => d));
    const nights = new Set(members.map((m) => nightOf(m.start)));
    const ofWave = (i: (typeof members)[number]) =>
      classOf(i) === 'attack' &&
      i.signatures.length === 0 &&
      nights.has(nightOf(i.start)) &&
      home.has(i.directorate) &&
      classesOf(i).some((k) => classes.has(k));
    const row = (rows[wave.shape] ??= { untagged: 0, found: 0, proposed: 0 });
    row.untagged += members.filter((m) => m.signatures.length === 0).length;
    const proposed = history.incidents.filter(
      (i) => i.start >= wave.start - 86_400_000 && i.start <= wave.end + 86_400_000 && ofWave(i),
    );
    row.proposed += proposed.length;
    row.found += proposed.filter((i) => waveOf.get(i.id) === wave.id).length;
  }
  for (const [shape, row] of Object.entries(rows))
    console.log(
      `seed ${seed} ${shape}: untagged ${row.untagged}, oracle recall ${(row.found / row.untagged).toFixed(2)}, precision ${(row.found / row.proposed).toFixed(2)} (${row.found}/${row.proposed})`,
    );
}
