/** The brief as one self-contained, printable HTML page: its styles and figures are inline. */
import { drugName, formatMass } from '../../analysis/seizures/seizure-trends.ts';
import {
  alertLine,
  campaignHeadline,
  campaignSignificance,
  colon,
  incidentCells,
  localTime,
  longDate,
  nightIncidents,
  postureLine,
  taskLine,
  typeLabel,
  type BriefModel,
} from './brief.ts';
import { figureCaptions, mapFigure, timelineFigure, type Outline } from './brief-figures.ts';
import { BRIEF_TEXT, decimal, percent } from './brief-text.ts';
import { riskReasonText } from './brief-risk-text.ts';

// biome-ignore lint/suspicious/noShadowRestrictedNames: the deprecated global escape() is never what is meant here
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The brief's styles: inline in the document it mails and archives, and served alone for pages whose CSP forbids inline styles. */
export const BRIEF_STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#1c2833;line-height:1.4}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #ccd1d1;padding-bottom:.2rem;margin-top:1.6rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccd1d1;padding:.2rem .5rem;text-align:left}td.n,th.n{text-align:right}
.muted{color:#566573;font-style:italic}figure{margin:1rem 0;break-inside:avoid}figcaption{font-size:.85rem;color:#566573}
.sev-critical,.sev-high{color:#922b21;font-weight:600}svg{max-width:100%;height:auto}tr{break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}`;

function list(items: string[], empty: string): string {
  return items.length === 0
    ? `<p class="muted">${escape(empty)}</p>`
    : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function countTable(
  head: string,
  rows: Array<{ label: string; day: number; week: number }>,
  t: { last24: string; last7: string },
): string {
  return (
    `<table><thead><tr><th>${escape(head)}</th><th class="n">${escape(t.last24)}</th><th class="n">${escape(t.last7)}</th></tr></thead><tbody>` +
    rows
      .map((r) => `<tr><td>${escape(r.label)}</td><td class="n">${r.day}</td><td class="n">${r.week}</td></tr>`)
      .join('') +
    '</tbody></table>'
  );
}

/** Renders the brief; `outline` is mainland France for the map figure. */
export function renderHtml(model: BriefModel, outline: Outline): string {
  const t = BRIEF_TEXT[model.language];
  const lang = model.language;
  const title = t.title(longDate(model.date, lang));
  const map = mapFigure(model, outline);
  const captions = figureCaptions(model, map.outside);
  const campaigns = model.campaigns.map((c) => {
    const { significance, changed } = campaignSignificance(c, lang);
    return (
      `<strong data-campaign="${escape(c.key)}">${escape(campaignHeadline(c, lang))}</strong> (${escape(t.campaignState[c.state as keyof typeof t.campaignState] ?? c.state)}) — ${escape(t.campaignLine(c.sites.join(', '), c.members))}` +
      `<br>${escape(t.significance)}${colon(lang)} <span data-testid="brief-significance">${escape(significance)}</span><br>${escape(t.changed)}${colon(lang)} ${escape(changed)}`
    );
  });
  const night = nightIncidents(model).map((i) => incidentCells(i, lang));
  const nightTable =
    night.length === 0
      ? `<p class="muted">${escape(t.noNight)}</p>`
      : `<table data-testid="brief-night"><thead><tr>${[t.time, t.site, t.acts, t.tags, t.source].map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>` +
        night
          .map(
            (c) =>
              `<tr><td>${escape(c.time)}</td><td>${escape(c.site)}</td><td>${escape(c.acts)}</td><td>${escape(c.tags)}</td><td>${escape(c.grade)}</td></tr>`,
          )
          .join('') +
        '</tbody></table>';
  const body = [
    `<h1>${escape(title)}</h1><p class="muted">${escape(t.audience(model.audience, localTime(model.as_of, lang)))}</p>`,
    `<h2>${escape(t.night)}</h2>${nightTable}`,
    `<h2>${escape(t.incidents)}</h2><p>${escape(t.incidentsSummary(model.incidents.last_24h, model.incidents.last_7d))}</p>`,
    model.incidents.by_directorate.length
      ? countTable(
          t.directorate,
          model.incidents.by_directorate.map((r) => ({ label: r.name, day: r.last_24h, week: r.last_7d })),
          t,
        ) +
        countTable(
          t.type,
          model.incidents.by_type.map((r) => ({ label: typeLabel(r.type, lang), day: r.last_24h, week: r.last_7d })),
          t,
        )
      : '',
    `<h2>${escape(t.campaigns)}</h2>${list(campaigns, t.noCampaigns)}`,
    `<h2>${escape(t.alerts)} (${model.alerts.total})</h2>${list(
      model.alerts.items.map((a) => `<span class="sev-${escape(a.severity)}">${escape(alertLine(a, lang))}</span>`),
      t.noAlerts,
    )}`,
    `<h2>${escape(t.tasks)} (${model.overdue_tasks.total})</h2>${list(
      model.overdue_tasks.items.map((task) => escape(taskLine(task, lang))),
      t.noTasks,
    )}`,
    `<h2>${escape(t.posture)}</h2>${list(
      model.posture.map((p) => escape(postureLine(p, lang))),
      t.noPosture,
    )}`,
    `<h2>${escape(t.risk)}</h2>${
      model.risk === null
        ? `<p class="muted">${escape(t.riskWithheld)}</p>`
        : list(
            model.risk.map(
              (r) =>
                `${escape(r.name)} — ${escape(t.riskLine(percent(r.probability, lang), decimal(r.relative_risk, lang)))}${r.reasons.length ? ` <span class="muted">(${escape(r.reasons.map((reason) => riskReasonText(reason, lang)).join('; '))})</span>` : ''}`,
            ),
            t.noRisk,
          )
    }`,
    `<h2>${escape(t.seizures)}</h2>${list(
      model.seizures.map(
        (s) =>
          `${escape(s.date)} — ${escape(formatMass(s.kilograms, lang))} ${escape(drugName(s.drug, lang))}, ${escape(s.place)}${s.agency ? ` (${escape(s.agency)})` : ''}${s.organisation ? ` — ${escape(s.organisation)}` : ''}`,
      ),
      t.noSeizures,
    )}`,
    // the figures last: a tall map after the tables left page 1 half blank when printed
    `<h2>${escape(t.figures)}</h2><figure>${map.svg}<figcaption>${escape(captions.map)}</figcaption></figure>`,
    `<figure>${timelineFigure(model)}<figcaption>${escape(captions.timeline)}</figcaption></figure>`,
  ];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${BRIEF_STYLE}</style></head><body>${body.join('\n')}</body></html>\n`;
}
