let counter = 0;

/** A valid interchange incident; tests override only what matters to them. */
/** Overrides are loosely typed on purpose: tests also build invalid incidents. */
export function incidentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    external_id: `test-${process.pid}-${counter}`,
    occurred: { night_of: '2025-04-14' },
    facility: 'fr-toulon-la-farlede-cp',
    event_types: ['gunfire'],
    target_kinds: ['facility'],
    signatures: [{ kind: 'tag', text: 'D.D.P.F' }],
    sources: [{ kind: 'press', title: 'Test wire', published_at: '2025-04-15', reliability: 'B', credibility: 2 }],
    ...overrides,
  };
}
