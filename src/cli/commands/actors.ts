import { Command } from 'commander';
import { ACTOR_KINDS } from '../../core/actor/actor.schema.ts';
import { createActor, createRelationship, getActor, listActors } from '../../core/actor/actor.service.ts';
import { pathsBetween } from '../../core/actor/graph.service.ts';
import { invalidInput, VigieError } from '../../core/shared/errors.ts';
import type { Caller } from '../../core/shared/caller.ts';
import type { VigieContext } from '../../context.ts';
import type { ActorKind, ActorRow } from '../../store/schema.ts';
import { cliCaller } from '../caller.ts';
import { parseFlags } from '../flags.ts';
import { pageSchema } from '../../core/shared/paging.schema.ts';
import { dataOption, withContext } from '../invocation.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const collect = (value: string, previous: string[]) => [...previous, value];
const label = (row: Pick<ActorRow, 'kind' | 'name'>) => `${row.name} (${row.kind})`;

/** An entity by id, or by a name or alias that matches exactly one. */
async function resolveActor(context: VigieContext, caller: Caller, reference: string, path: string): Promise<ActorRow> {
  if (UUID.test(reference)) return (await getActor(context.actorGraph, caller, reference)).actor;
  const found = (await listActors(context.actorGraph, caller, { q: reference }, 20, 0)).items;
  const exact = found.filter((row) => row.name.toLowerCase() === reference.toLowerCase());
  const matches = exact.length > 0 ? exact : found;
  if (matches.length === 1) return matches[0];
  throw invalidInput([
    {
      path,
      message:
        matches.length === 0
          ? `no entity named "${reference}"`
          : `"${reference}" names several entities: ${matches
              .slice(0, 5)
              .map((row) => `${row.id} ${label(row)}`)
              .join(', ')}`,
    },
  ]);
}

/** key=value pairs; numbers stay numbers. */
function attributes(pairs: string[]): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw invalidInput([{ path: 'attr', message: `expected key=value, got "${pair}"` }]);
    const value = pair.slice(at + 1);
    result[pair.slice(0, at)] = value !== '' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return result;
}

/** `vigie actors list|show|add|link|path`: the actor graph from the command line. */
export function actorsCommand(): Command {
  const actors = new Command('actors').description(
    'the actor graph: persons, organisations, vehicles, phones... and their relationships',
  );
  actors
    .command('list')
    .description('entities by name; search by name or alias')
    .option('--q <text>', 'part of a name or alias')
    .option('--kind <kinds>', `${ACTOR_KINDS.join(', ')}; comma-separated`)
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(
      async (flags: { q?: string; kind?: string; limit: string; offset: string; json?: boolean; data?: string }) => {
        const kinds = flags.kind
          ?.split(',')
          .map((kind) => kind.trim())
          .filter(Boolean);
        const unknown = kinds?.find((kind) => !(ACTOR_KINDS as readonly string[]).includes(kind));
        if (unknown)
          throw invalidInput([
            { path: 'kind', message: `unknown kind "${unknown}"; expected one of ${ACTOR_KINDS.join(', ')}` },
          ]);
        const { limit, offset } = parseFlags(pageSchema(200, 50), { limit: flags.limit, offset: flags.offset });
        await withContext(flags, async (context) => {
          const page = await listActors(
            context.actorGraph,
            await cliCaller(context),
            { q: flags.q, kind: kinds as ActorKind[] | undefined },
            limit,
            offset,
          );
          if (flags.json) {
            console.log(JSON.stringify(page, null, 2));
            return;
          }
          if (page.items.length === 0) console.log('no entities (add one with: vigie actors add KIND NAME)');
          for (const row of page.items)
            console.log(
              `${row.id}  ${row.kind.padEnd(14)} ${row.name}${row.aliases.length ? `  (${row.aliases.join(', ')})` : ''}  ${row.marking}`,
            );
          if (page.next_offset !== null)
            console.log(`... ${page.total} in all; next page: --offset ${page.next_offset}`);
        });
      },
    );
  actors
    .command('show')
    .description('an entity with its relationships, incidents and detainee profile')
    .argument('<entity>', 'id, or a name or alias')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (reference: string, flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const caller = await cliCaller(context);
        const detail = await getActor(
          context.actorGraph,
          caller,
          (await resolveActor(context, caller, reference, 'entity')).id,
        );
        if (flags.json) {
          console.log(JSON.stringify({ ...detail, related: Object.fromEntries(detail.related) }, null, 2));
          return;
        }
        const { actor } = detail;
        console.log(`${label(actor)}${actor.subkind ? ` [${actor.subkind}]` : ''}  ${actor.id}  ${actor.marking}`);
        if (actor.aliases.length) console.log(`aliases: ${actor.aliases.join(', ')}`);
        for (const [key, value] of Object.entries(actor.attributes ?? {})) console.log(`${key}: ${String(value)}`);
        for (const row of detail.relationships) {
          const outgoing = row.source_id === actor.id;
          const other = detail.related.get(outgoing ? row.target_id : row.source_id)!;
          console.log(
            `  ${outgoing ? `--${row.kind}-->` : `<--${row.kind}--`} ${label(other)}  confidence ${row.confidence}`,
          );
        }
        for (const entry of detail.incidents)
          console.log(
            `  incident ${entry.incident.id} (${entry.role}) ${entry.incident.occurred_start.toISOString().slice(0, 10)} ${entry.incident.facility_id ?? ''}`,
          );
        if (detail.profile)
          console.log(
            `detainee profile: leadership ${detail.profile.organised_crime_leadership}, escape ${detail.profile.escape_history}, communications ${detail.profile.outside_communications}, violence ${detail.profile.violence}; ${detail.profile.placement} at ${detail.profile.facility_id}`,
          );
      }),
    );
  actors
    .command('add')
    .description('record an entity')
    .argument('<kind>', ACTOR_KINDS.join(', '))
    .argument('<name>', 'its name (persons: invented names only in tests and demos)')
    .option('--subkind <text>', 'for an organisation: gang, cartel, group or agency')
    .option('--alias <name>', 'another name (repeat)', collect, [])
    .option('--attr <key=value>', 'an identifier: plate=AB-123-CD, imo=9387421, number=+33... (repeat)', collect, [])
    .option('--facility <site>', 'for a facility entity: the reference site')
    .option('--marking <tlp>', 'CLEAR, GREEN, AMBER, AMBER+STRICT or RED', 'AMBER')
    .option('--org <name>', 'the organisation it belongs to (default: Vigie)')
    .option(...dataOption)
    .action(
      async (
        kind: string,
        name: string,
        flags: {
          subkind?: string;
          alias: string[];
          attr: string[];
          facility?: string;
          marking: string;
          org?: string;
          data?: string;
        },
      ) => {
        const body = {
          kind,
          name,
          subkind: flags.subkind,
          aliases: flags.alias,
          attributes: attributes(flags.attr),
          facility: flags.facility,
          marking: flags.marking,
        };
        await withContext(flags, async (context) => {
          const row = await createActor(context.actorGraph, await cliCaller(context, { org: flags.org }), body);
          console.log(`${row.id}  ${label(row)}`);
        });
      },
    );
  actors
    .command('link')
    .description('relate two entities: vigie actors link "Karim Testeur" leads DDPF')
    .argument('<source>', 'id, or a name or alias')
    .argument('<kind>', 'member_of, leads, uses, owns, seen_at, held_at or linked_to')
    .argument('<target>', 'id, or a name or alias')
    .option('--confidence <0-100>', 'how sure', '50')
    .option('--from <date>', 'valid from YYYY-MM-DD')
    .option('--until <date>', 'valid until YYYY-MM-DD')
    .option('--marking <tlp>', 'CLEAR, GREEN, AMBER, AMBER+STRICT or RED', 'AMBER')
    .option('--org <name>', 'the organisation it belongs to (default: Vigie)')
    .option(...dataOption)
    .action(
      async (
        source: string,
        kind: string,
        target: string,
        flags: { confidence: string; from?: string; until?: string; marking: string; org?: string; data?: string },
      ) =>
        withContext(flags, async (context) => {
          const caller = await cliCaller(context, { org: flags.org });
          const [from, to] = [
            await resolveActor(context, caller, source, 'source'),
            await resolveActor(context, caller, target, 'target'),
          ];
          const row = await createRelationship(context.actorGraph, caller, {
            source_id: from.id,
            target_id: to.id,
            kind,
            confidence: flags.confidence,
            valid_from: flags.from,
            valid_until: flags.until,
            marking: flags.marking,
          });
          console.log(`${row.id}  ${label(from)} --${row.kind}--> ${label(to)}`);
        }),
    );
  actors
    .command('path')
    .description('the shortest paths between two entities')
    .argument('<from>', 'id, or a name or alias')
    .argument('<to>', 'id, or a name or alias')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (fromReference: string, toReference: string, flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const caller = await cliCaller(context);
        const [from, to] = [
          await resolveActor(context, caller, fromReference, 'from'),
          await resolveActor(context, caller, toReference, 'to'),
        ];
        const answer = await pathsBetween(context.actorGraph, caller, from.id, to.id);
        if (flags.json) {
          console.log(JSON.stringify(answer, null, 2));
          return;
        }
        if (answer.paths.length === 0)
          throw new VigieError('not_found', `${answer.note}: ${label(from)} and ${label(to)}`, 404);
        for (const path of answer.paths) {
          console.log(
            path.actors
              .map((actor, i) => (i === 0 ? label(actor) : `--${path.relationships[i - 1].kind}-- ${label(actor)}`))
              .join(' '),
          );
        }
        if (answer.note) console.log(`(${answer.note})`);
      }),
    );
  return actors;
}
