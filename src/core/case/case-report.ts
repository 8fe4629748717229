/**
 * The case file as one HTML page, printable to PDF (print CSS, no script, no external resource):
 * summary, timeline of its incidents, map, campaigns, the graph of its actors, members, handovers,
 * notes and the evidence manifest. Pure: takes what the reader may see, returns text.
 */
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { CaseView } from './case.service.ts';
import { EVENT_TYPE_LABELS } from '../brief/brief-text.ts';
import { escapeHtml as e, graphSvg, mapSvg, type MapPoint } from './case-figures.ts';

export type ReportLanguage = 'fr' | 'en';

const LABELS = {
  fr: {
    caseFile: 'Dossier',
    lead: 'Organisation pilote',
    state: 'État',
    generated: 'Édité le',
    by: 'par',
    summary: 'Résumé',
    timeline: 'Chronologie des incidents',
    map: 'Carte',
    campaigns: 'Campagnes',
    graph: 'Graphe des acteurs',
    members: 'Membres',
    handovers: 'Transmissions',
    notes: 'Notes',
    evidence: 'Pièces (manifeste)',
    date: 'Date',
    place: 'Lieu',
    events: 'Faits',
    description: 'Description',
    none: 'Aucun élément visible.',
    outside: 'hors métropole (non dessinés)',
    file: 'Fichier',
    size: 'Taille (octets)',
    type: 'Type',
    addedBy: 'Ajouté par',
    addedAt: 'le',
    user: 'Utilisateur',
    role: 'Rôle',
    from: 'De',
    to: 'À',
    reason: 'Motif',
    members_of: 'incidents',
    states: { open: 'ouvert', suspended: 'suspendu', closed: 'clos' } as Record<string, string>,
  },
  en: {
    caseFile: 'Case file',
    lead: 'Lead organisation',
    state: 'State',
    generated: 'Generated on',
    by: 'by',
    summary: 'Summary',
    timeline: 'Timeline of incidents',
    map: 'Map',
    campaigns: 'Campaigns',
    graph: 'Actor graph',
    members: 'Members',
    handovers: 'Handovers',
    notes: 'Notes',
    evidence: 'Evidence (manifest)',
    date: 'Date',
    place: 'Place',
    events: 'Events',
    description: 'Description',
    none: 'Nothing visible.',
    outside: 'outside metropolitan France (not drawn)',
    file: 'File',
    size: 'Size (bytes)',
    type: 'Type',
    addedBy: 'Added by',
    addedAt: 'on',
    user: 'User',
    role: 'Role',
    from: 'From',
    to: 'To',
    reason: 'Reason',
    members_of: 'incidents',
    states: { open: 'open', suspended: 'suspended', closed: 'closed' } as Record<string, string>,
  },
};

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;border-bottom:1px solid #ccd;margin-top:1.6em;padding-bottom:.2em}
.tlp{display:inline-block;background:#000;color:#ffc000;font-weight:700;padding:.15em .6em;letter-spacing:.05em}
.tlp-RED{color:#ff2b2b}.tlp-GREEN{color:#33ff00}.tlp-CLEAR{color:#fff}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f1f3f7}.meta{color:#555}.mono{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}
svg{max-width:100%;height:auto;border:1px solid #ccd;background:#f7f9fc}.land{fill:#e3e8ef;stroke:#8895a7;stroke-width:.6}
.dot{fill:#c62828;stroke:#fff;stroke-width:1.5}svg text{font-size:10px;fill:#1b1f24}
.edge{stroke:#8895a7;stroke-width:1.2}.edge-label{fill:#555;font-size:9px}.node{fill:#1565c0;stroke:#fff;stroke-width:2}.node-organisation{fill:#6a1b9a}.node-person{fill:#2e7d32}
.note{border-left:3px solid #8895a7;padding:.2em .8em;margin:.6em 0;white-space:pre-wrap}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}table,svg,.note{break-inside:avoid}a{color:inherit;text-decoration:none}}
@page{size:A4;margin:15mm}`;

const day = (date: Date) => date.toISOString().slice(0, 10);
const table = (head: string[], rows: string[][]) =>
  rows.length === 0
    ? ''
    : `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

/** The HTML case file of what `view` lets its reader see. */
export function renderCaseReport(
  view: CaseView,
  gazetteer: Gazetteer,
  context: {
    generatedAt: Date;
    generatedBy: string;
    language?: ReportLanguage;
    outline: Array<Array<[number, number]>>;
  },
): string {
  const t = LABELS[context.language ?? 'fr'];
  const { row } = view;
  const org = (id: string) => e(view.organisations.get(id) ?? id);
  const none = `<p class="meta">${e(t.none)}</p>`;
  const placeOf = (incident: CaseView['incidents'][number]) =>
    (incident.facility_id ? gazetteer.facility(incident.facility_id)?.name : undefined) ??
    incident.commune ??
    `${incident.lat.toFixed(3)}, ${incident.lon.toFixed(3)}`;
  const points: MapPoint[] = view.incidents.map((incident) => ({
    lat: incident.lat,
    lon: incident.lon,
    label: `${day(incident.occurred_start)} ${placeOf(incident)}`,
  }));
  const timeline = table(
    ['#', t.date, t.place, t.events, t.description],
    view.incidents.map((incident, index) => [
      String(index + 1),
      e(day(incident.occurred_start)),
      e(placeOf(incident)),
      e(
        incident.event_types
          .map((type) => EVENT_TYPE_LABELS[context.language ?? 'fr'][type] ?? type.replace(/_/g, ' '))
          .join(', '),
      ),
      e(incident.description ?? ''),
    ]),
  );
  const outside = points.filter((p) => p.lon < -5.3 || p.lon > 9.7 || p.lat < 41.2 || p.lat > 51.2).length;
  const names = new Map(view.actors.map((actor) => [actor.id, actor.name]));
  const graph =
    view.actors.length === 0
      ? none
      : graphSvg(
          view.actors.map((actor) => ({ id: actor.id, label: actor.name, kind: actor.kind })),
          view.relationships.map((rel) => ({
            source: rel.source_id,
            target: rel.target_id,
            label: rel.kind.replace('_', ' '),
          })),
        ) +
        table(
          [t.from, t.type, t.to],
          view.relationships.map((rel) => [
            e(names.get(rel.source_id) ?? ''),
            e(rel.kind),
            e(names.get(rel.target_id) ?? ''),
          ]),
        );
  const sections = [
    row.summary ? `<h2>${e(t.summary)}</h2><p>${e(row.summary)}</p>` : '',
    `<h2>${e(t.timeline)}</h2>${timeline || none}`,
    `<h2>${e(t.map)}</h2>${mapSvg(points, context.outline)}${outside ? `<p class="meta">${outside} ${e(t.outside)}</p>` : ''}`,
    `<h2>${e(t.campaigns)}</h2>${view.campaigns.length ? `<ul>${view.campaigns.map(({ campaign, members }) => `<li><strong>${e(campaign.key)}</strong> — ${day(campaign.start_at)} → ${day(campaign.end_at)}, ${members.length} ${e(t.members_of)}</li>`).join('')}</ul>` : none}`,
    `<h2>${e(t.graph)}</h2>${graph}`,
    `<h2>${e(t.members)}</h2>${
      table(
        [t.user, t.role],
        view.members.map((m) => [e(m.display_name ?? m.username), e(m.role)]),
      ) || none
    }`,
    `<h2>${e(t.handovers)}</h2>${
      table(
        [t.date, t.from, t.to, t.reason],
        view.grants.handovers.map((h) => [e(day(h.at)), org(h.from_org_id), org(h.to_org_id), e(h.reason)]),
      ) || none
    }`,
    `<h2>${e(t.notes)}</h2>${view.notes.map((note) => `<div class="note"><div class="meta">${e(note.author)} — ${e(note.created_at.toISOString().slice(0, 16).replace('T', ' '))} UTC — TLP:${e(note.marking)}</div>${e(note.text)}</div>`).join('') || none}`,
    `<h2>${e(t.evidence)}</h2>${
      table(
        [t.file, t.size, t.type, 'SHA-256', t.addedBy],
        view.evidence.map((file) => [
          e(file.file_name),
          String(file.size_bytes),
          e(file.media_type),
          `<span class="mono">${file.sha256}</span>`,
          `${e(file.added_by_name)} ${e(t.addedAt)} ${e(file.created_at.toISOString().slice(0, 16).replace('T', ' '))} UTC`,
        ]),
      ) || none
    }`,
  ];
  const banner = `<span class="tlp tlp-${e(row.marking.replace('+STRICT', ''))}">TLP:${e(row.marking)}</span>`;
  return (
    `<!doctype html><html lang="${context.language ?? 'fr'}"><head><meta charset="utf-8"><title>${e(row.reference)} — ${e(row.title)}</title><style>${STYLE}</style></head><body>` +
    `<header>${banner}<p class="meta">${e(t.caseFile)} ${e(row.reference)}</p><h1>${e(row.title)}</h1>` +
    `<p class="meta">${e(t.lead)} : ${org(row.owner_org_id)} · ${e(t.state)} : ${e(t.states[row.state] ?? row.state)} · ${e(t.generated)} ${e(context.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC ${e(t.by)} ${e(context.generatedBy)}</p></header>` +
    sections.join('\n') +
    `<footer><p>${banner}</p></footer></body></html>`
  );
}
