import assert from 'node:assert/strict';
import { incidentInput } from './factories.ts';

/** The April 2025 pattern: staff cars burned and shots fired at several prisons within 3 nights, most tagged. */
export const APRIL_WAVE = [
  { facility: 'fr-toulon-la-farlede-cp', night: '2025-04-14', types: ['gunfire', 'graffiti'], tag: 'DDPF' },
  { facility: 'fr-villepinte-ma', night: '2025-04-13', types: ['vehicle_arson', 'graffiti'], tag: 'D.D.P.F' },
  { facility: 'Nanterre', night: '2025-04-14', types: ['vehicle_arson'], tag: 'ddpf' },
  { facility: 'fr-aix-luynes-cp', night: '2025-04-14', types: ['vehicle_arson', 'graffiti'], tag: 'DDPF' },
  { facility: 'Valence', night: '2025-04-15', types: ['vehicle_arson', 'graffiti'], tag: 'DDPF' },
  { facility: 'fr-marseille-cp', night: '2025-04-14', types: ['attempted_arson', 'graffiti'], tag: 'DDPM' },
];

type Poster = {
  post(path: string, body: unknown): Promise<{ status: number; text: string; json: any }>;
  upload(path: string, text: string, contentType: string): Promise<{ status: number }>;
};

/**
 * Posts a quiet year of contraband at the wave's sites (the usual rates the tests compare with),
 * then the wave members one by one through the API; returns their ids in the order given.
 * `onPosted` runs after each member is written, before the next one (to tie it to an actor, say).
 */
export async function postAprilWave(
  analyst: Poster,
  members = APRIL_WAVE,
  onPosted?: (id: string, index: number) => Promise<void>,
): Promise<string[]> {
  const background = [];
  for (let month = 1; month <= 12; month += 1) {
    for (const facility of ['fr-toulon-la-farlede-cp', 'fr-villepinte-ma', 'fr-valence-cp', 'fr-lyon-corbas-ma']) {
      background.push(
        incidentInput({
          facility,
          occurred: { date: `2024-${String(month).padStart(2, '0')}-1${month % 9}` },
          event_types: ['drone_drop'],
          target_kinds: ['facility'],
          signatures: [],
          marking: 'GREEN',
        }),
      );
    }
  }
  assert.equal(
    (await analyst.upload('/api/incidents/import', JSON.stringify(background), 'application/json')).status,
    200,
  );
  const ids: string[] = [];
  for (const member of members) {
    const created = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: member.facility,
        occurred: { night_of: member.night },
        event_types: member.types,
        target_kinds: ['staff_vehicle'],
        signatures: [{ kind: 'tag', text: member.tag }],
      }),
    );
    assert.equal(created.status, 201, created.text);
    ids.push(created.json.id);
    await onPosted?.(created.json.id, ids.length - 1);
  }
  return ids;
}
