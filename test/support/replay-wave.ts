import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigieOn } from './cli-runner.ts';
import type { freshContext as FreshContext } from './test-store.ts';

type TestContext = Awaited<ReturnType<typeof FreshContext>>;
type Vigie = ReturnType<typeof vigieOn>;

export const WAVE = join(import.meta.dirname, '..', 'fixtures', 'replay', 'april-may-2025-wave.json');

export interface ReplayEvent {
  at: string;
  kind: string;
  campaign_id: string | null;
  alarm_id?: string;
  facilities: number;
  other_places: number;
  incidents: number;
  p_text?: string;
  step: string[];
}

/** Two years of routine drone drops and the odd untagged car fire at ten prisons: the usual rates of an established store. */
export function background(): unknown[] {
  const sites = [
    'fr-toulon-la-farlede-cp',
    'fr-villepinte-ma',
    'fr-valence-cp',
    'fr-lyon-corbas-ma',
    'fr-nimes-ma',
    'fr-nanterre-cp',
    'fr-aix-luynes-cp',
    'fr-marseille-cp',
    'fr-fleury-merogis-ma',
    'fr-toulouse-seysses-cp',
  ];
  const rows = [];
  for (let month = 0; month < 24; month += 1) {
    const date = new Date(Date.UTC(2023, 3 + month, 1));
    for (const [i, facility] of sites.entries()) {
      const day = new Date(date.getTime() + ((i * 3 + month) % 27) * 86_400_000).toISOString().slice(0, 10);
      rows.push({
        external_id: `bg-${month}-${i}`,
        occurred: { date: day },
        facility,
        event_types: [i % 5 === 0 ? 'vehicle_arson' : 'drone_drop'],
        target_kinds: ['facility'],
        signatures: [],
        marking: 'GREEN',
      });
    }
  }
  return rows;
}

/** The events of one replay, and the sites at the first alarm. */
export interface ReplayCampaign {
  id: string;
  members: string[];
  probable_members: Array<{ external_id: string; excess_probability: number; explanation: string }>;
}

export async function replayWave(
  vigie: Vigie,
): Promise<{ events: ReplayEvent[]; firstAlarm: ReplayEvent; campaigns: ReplayCampaign[] }> {
  const result = await vigie('replay', WAVE, '--json');
  assert.equal(result.code, 0, result.stderr);
  const { events, campaigns } = JSON.parse(result.stdout) as { events: ReplayEvent[]; campaigns: ReplayCampaign[] };
  const firstAlarm = events.find((event) => event.kind === 'alarm_raised');
  assert.ok(firstAlarm, JSON.stringify(events, null, 1));
  return { events, firstAlarm, campaigns };
}

/** The replay test of issue 15 on one store: campaign formed, alarm by the third site, still standing after the late carrier. */
export function replayWaveSuite(
  history: 'an empty store' | 'two years of background',
  hooks: {
    describe: typeof import('node:test').describe;
    before: typeof import('node:test').before;
    after: typeof import('node:test').after;
    test: typeof import('node:test').test;
  },
  freshContext: () => Promise<TestContext>,
  storeName: string,
): void {
  const { describe, before, after, test } = hooks;
  describe(`vigie replay of the April-May 2025 wave on ${history} (${storeName})`, () => {
    // One store for the suite: the import, the replay and the listing are invocations on it.
    let context: TestContext;
    let vigie: Vigie;
    let events: ReplayEvent[];
    let firstAlarm: ReplayEvent;
    let campaigns: ReplayCampaign[];
    let folder: string;
    before(async () => {
      context = await freshContext();
      vigie = vigieOn(context);
      folder = await mkdtemp(join(tmpdir(), 'vigie-replay-'));
      if (history === 'two years of background') {
        await writeFile(join(folder, 'background.json'), JSON.stringify(background()));
        const imported = await vigie('import', join(folder, 'background.json'));
        assert.equal(imported.code, 0, imported.stderr);
      }
      ({ events, firstAlarm, campaigns } = await replayWave(vigie));
    });
    after(async () => {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    });

    test('forms one campaign of the tagged acts and alarms by the third site', () => {
      const formed = events.filter((event) => event.kind === 'campaign_formed');
      assert.ok(formed.length >= 1);
      assert.ok(
        firstAlarm.facilities + firstAlarm.other_places <= 3,
        `alarm at ${firstAlarm.facilities} facilities and ${firstAlarm.other_places} other places`,
      );
      assert.ok(firstAlarm.at.startsWith('2025-04-14'), firstAlarm.at);
    });

    test('the alarm still stands after the late carrier, thirteen days after the previous one, and holds it', async () => {
      const late = events.filter((event) => event.step.includes('exercise-2025-05-07-seysses'));
      assert.ok(
        late.some((event) => event.kind === 'alarm_updated' && event.alarm_id === firstAlarm.alarm_id),
        JSON.stringify(late),
      );
      const listed = await vigie('waves', 'list', '--state', 'standing', '--json');
      assert.equal(listed.code, 0, listed.stderr);
      const alarms = JSON.parse(listed.stdout) as Array<{ id: string; incident_ids: string[]; updates: unknown[] }>;
      assert.deepEqual(
        alarms.map((alarm) => alarm.id),
        [firstAlarm.alarm_id],
      );
      const wave = JSON.parse(await readFile(WAVE, 'utf8')) as { truth: Record<string, string> };
      const core = Object.entries(wave.truth).filter(([, label]) => label === 'core').length;
      assert.equal(alarms[0].incident_ids.length, core, 'every tagged carrier, and nothing else, in the core');
    });

    test('the untagged acts of the wave are probable members, apart from the core: recall >= 0.6, precision >= 0.8', async () => {
      const wave = JSON.parse(await readFile(WAVE, 'utf8')) as { truth: Record<string, string> };
      const campaign = campaigns.find((c) => c.members.includes('wave-2025-04-14-toulon'));
      assert.ok(campaign);
      const proposed = campaign.probable_members.map((p) => p.external_id);
      assert.ok(
        proposed.every((id) => !campaign.members.includes(id)),
        'kept apart from the members',
      );
      const right = proposed.filter((id) => wave.truth[id] === 'probable').length;
      const untagged = Object.values(wave.truth).filter((label) => label === 'probable').length;
      assert.ok(right / untagged >= 0.6, `recall ${right}/${untagged}: ${proposed.join(', ')}`);
      assert.ok(
        right / Math.max(1, proposed.length) >= 0.8,
        `precision ${right}/${proposed.length}: ${proposed.join(', ')}`,
      );
      assert.match(
        campaign.probable_members[0].explanation,
        /on the night of .* would be usual: this one belongs to the wave with probability/,
      );
    });
  });
}
