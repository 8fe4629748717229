import { Command, Option } from 'commander';
import {
  ESCORT_KINDS,
  ESCORT_LEVELS,
  ESCORT_STATES,
  escortInputSchema,
  escortListQuerySchema,
} from '../../core/escort/escort.schema.ts';
import { assessEscort, createEscort, listEscorts } from '../../core/escort/escort.service.ts';
import {
  FUGITIVE_STATES,
  fugitiveInputSchema,
  fugitiveListQuerySchema,
  recaptureInputSchema,
  sightingInputSchema,
} from '../../core/fugitive/fugitive.schema.ts';
import { addSighting, createFugitive, listFugitives, recaptureFugitive } from '../../core/fugitive/fugitive.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import { parse, parseFlags } from '../flags.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, withContext } from '../invocation.ts';

/** "fr-toulon-la-farlede-cp" or "Tribunal judiciaire de Marseille@43.2937,5.3817". */
function endpoint(text: string): unknown {
  const point = /^(.+)@(-?[\d.]+),(-?[\d.]+)$/.exec(text);
  return point ? { name: point[1].trim(), lat: Number(point[2]), lon: Number(point[3]) } : { facility: text };
}

/** "Marseille@43.34,5.38~5" (radius in km) or a name alone. */
function fuzzyPlace(text: string): unknown {
  const point = /^(.+)@(-?[\d.]+),(-?[\d.]+)(?:~([\d.]+))?$/.exec(text);
  return point
    ? {
        name: point[1].trim(),
        lat: Number(point[2]),
        lon: Number(point[3]),
        ...(point[4] ? { radius_km: Number(point[4]) } : {}),
      }
    : { name: text };
}

/** "B2" → reliability B, credibility 2. */
function source(kind: string, grade: string, title?: string): unknown {
  const match = /^([A-Fa-f])([1-6])$/.exec(grade);
  if (!match) throw invalidInput([{ path: 'grade', message: 'expected an Admiralty grade such as B2 (A-F then 1-6)' }]);
  return { kind, reliability: match[1].toUpperCase(), credibility: Number(match[2]), ...(title ? { title } : {}) };
}

const when = (text: string) => (/T/.test(text) ? { at: text } : { date: text });

/** `vigie escorts list|add|assess`. */
export function escortsCommand(): Command {
  const escorts = new Command('escorts').description('escorts and high-risk transfers with their risk assessments');
  escorts
    .command('list')
    .description('escorts, soonest first, with the level planned and the level recommended')
    .addOption(new Option('--state <state>', 'only this state').choices(ESCORT_STATES))
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { state?: string; limit: string; json?: boolean; data?: string }) => {
      const query = parseFlags(escortListQuerySchema, { state: flags.state, limit: flags.limit });
      await withContext(flags, async (context) => {
        const page = await listEscorts(
          context.escorts,
          await cliCaller(context),
          { state: query.state },
          query.limit,
          query.offset,
        );
        if (flags.json) {
          console.log(
            JSON.stringify(
              page.items.map((e) => e.row),
              null,
              2,
            ),
          );
          return;
        }
        if (page.items.length === 0) console.log('no escorts');
        for (const { row, detainee } of page.items) {
          const warning =
            row.recommended_level &&
            ESCORT_LEVELS.indexOf(row.recommended_level as never) > ESCORT_LEVELS.indexOf(row.escort_level as never)
              ? '  BELOW RECOMMENDATION'
              : '';
          console.log(
            `${row.id}  ${row.planned_start.toISOString()}  ${row.state.padEnd(11)} ${row.kind.padEnd(19)} ${detainee.name ?? '(protected)'}: ${row.origin_name} → ${row.destination_name}  planned ${row.escort_level}, recommended ${row.recommended_level ?? '-'} (${row.risk_score ?? '-'})${warning}`,
          );
        }
      });
    });
  escorts
    .command('add')
    .description('plan an escort; its risk is assessed at once')
    .addOption(new Option('--kind <kind>', 'what it is').choices(ESCORT_KINDS).makeOptionMandatory())
    .requiredOption('--detainee <id>', 'the person actor escorted')
    .requiredOption('--from <place>', 'a facility (id, name) or "Name@lat,lon"')
    .requiredOption('--to <place>', 'a facility (id, name) or "Name@lat,lon"')
    .requiredOption('--start <date-time>', 'planned start, ISO with offset')
    .option('--end <date-time>', 'planned end, ISO with offset')
    .addOption(new Option('--level <level>', 'escort level planned').choices(ESCORT_LEVELS).default('standard'))
    .option('--marking <tlp>', 'TLP marking', 'AMBER')
    .option(...dataOption)
    .action(
      async (flags: {
        kind: string;
        detainee: string;
        from: string;
        to: string;
        start: string;
        end?: string;
        level: string;
        marking: string;
        data?: string;
      }) => {
        const input = parse(escortInputSchema, {
          kind: flags.kind,
          detainee_id: flags.detainee,
          origin: endpoint(flags.from),
          destination: endpoint(flags.to),
          planned_start: flags.start,
          planned_end: flags.end,
          escort_level: flags.level,
          marking: flags.marking,
        });
        await withContext(flags, async (context) => {
          const { row } = await createEscort(context.escorts, await cliCaller(context), input);
          console.log(
            `${row.id}: risk ${row.risk_score}, recommended ${row.recommended_level}, planned ${row.escort_level}`,
          );
        });
      },
    );
  escorts
    .command('assess')
    .description('assess an escort now and print the reasons')
    .argument('<id>', 'escort id')
    .option(...dataOption)
    .option('--no-site-risk', 'leave out the current site risk (it indexes the whole history first)')
    .action(async (id: string, flags: { data?: string; siteRisk: boolean }) =>
      withContext(flags, async (context) => {
        // The server's detection keeps the site risk model; the command line builds it for this run.
        if (flags.siteRisk) await context.detection.start();
        const assessment = await assessEscort(context.escorts, await cliCaller(context), id);
        console.log(
          `score ${assessment.score}/100, recommended ${assessment.recommended_level} (planned ${assessment.planned_level})`,
        );
        for (const factor of assessment.factors)
          console.log(`  +${String(factor.points).padStart(2)}  ${factor.sentence}`);
      }),
    );
  return escorts;
}

/** `vigie fugitives list|add|sighting|recapture`. */
export function fugitivesCommand(): Command {
  const fugitives = new Command('fugitives').description('the wanted list: escaped or unlawfully at large detainees');
  fugitives
    .command('list')
    .description('the wanted first, then the recaptured')
    .addOption(new Option('--state <state>', 'only this state').choices(FUGITIVE_STATES))
    .option('--limit <n>', 'how many', '50')
    .option(...dataOption)
    .action(async (flags: { state?: string; limit: string; data?: string }) => {
      const query = parseFlags(fugitiveListQuerySchema, { state: flags.state, limit: flags.limit });
      await withContext(flags, async (context) => {
        const page = await listFugitives(
          context.fugitives,
          await cliCaller(context),
          query.state,
          query.limit,
          query.offset,
        );
        if (page.items.length === 0) console.log('nobody on the list');
        for (const { row, person } of page.items) {
          console.log(
            `${row.id}  ${row.state.padEnd(10)} ${person.name ?? '(protected)'}  escaped ${row.escaped_start.toISOString().slice(0, 10)}${row.recaptured_at ? `, recaptured ${row.recaptured_at.toISOString().slice(0, 10)} (${row.recapture_place})` : ''}`,
          );
        }
      });
    });
  fugitives
    .command('add')
    .description('put a person on the wanted list')
    .requiredOption('--person <id>', 'the person actor')
    .requiredOption('--escaped <date>', 'when: a date or an ISO date-time with offset')
    .option('--facility <facility>', 'the facility escaped from (id, name or alias)')
    .option('--incident <id>', 'the incident of the escape')
    .option('--circumstances <text>', 'what happened')
    .option('--marking <tlp>', 'TLP marking', 'AMBER')
    .option(...dataOption)
    .action(
      async (flags: {
        person: string;
        escaped: string;
        facility?: string;
        incident?: string;
        circumstances?: string;
        marking: string;
        data?: string;
      }) => {
        const input = parse(fugitiveInputSchema, {
          person_id: flags.person,
          escaped: when(flags.escaped),
          escape_facility: flags.facility,
          escape_incident_id: flags.incident,
          circumstances: flags.circumstances,
          marking: flags.marking,
        });
        await withContext(flags, async (context) => {
          const { row } = await createFugitive(context.fugitives, await cliCaller(context), input);
          console.log(`${row.id}: wanted`);
        });
      },
    );
  fugitives
    .command('sighting')
    .description('report a sighting with a graded source')
    .argument('<id>', 'fugitive record id')
    .requiredOption('--seen <date>', 'when: a date or an ISO date-time with offset')
    .requiredOption('--place <place>', 'a name, or "Name@lat,lon~radius_km"')
    .option('--source <kind>', 'field_report, press, official, social, other', 'field_report')
    .option('--grade <grade>', 'Admiralty grade, e.g. B2', 'F6')
    .option('--note <text>', 'what was seen')
    .option(...dataOption)
    .action(
      async (
        id: string,
        flags: { seen: string; place: string; source: string; grade: string; note?: string; data?: string },
      ) => {
        const input = parse(sightingInputSchema, {
          seen: when(flags.seen),
          place: fuzzyPlace(flags.place),
          source: source(flags.source, flags.grade),
          note: flags.note,
        });
        await withContext(flags, async (context) => {
          const sighting = await addSighting(context.fugitives, await cliCaller(context), id, input);
          console.log(
            `${sighting.id}: sighting ${input.source.reliability}${input.source.credibility} at ${sighting.place}`,
          );
        });
      },
    );
  fugitives
    .command('recapture')
    .description('close the record with the recapture')
    .argument('<id>', 'fugitive record id')
    .requiredOption('--at <date>', 'when: a date or an ISO date-time with offset')
    .requiredOption('--place <place>', 'a name, or "Name@lat,lon"')
    .option('--source <kind>', 'field_report, press, official, social, other', 'official')
    .option('--grade <grade>', 'Admiralty grade, e.g. A1', 'F6')
    .option(...dataOption)
    .action(async (id: string, flags: { at: string; place: string; source: string; grade: string; data?: string }) => {
      const input = parse(recaptureInputSchema, {
        at: flags.at,
        place: fuzzyPlace(flags.place),
        source: source(flags.source, flags.grade),
      });
      await withContext(flags, async (context) => {
        const { row } = await recaptureFugitive(context.fugitives, await cliCaller(context), id, input);
        console.log(`${row.id}: ${row.state}`);
      });
    });
  return fugitives;
}
