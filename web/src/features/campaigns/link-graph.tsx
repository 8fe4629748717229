import { useMemo, useState } from 'preact/hooks';
import type { IncidentLink } from '../../api/detection-types.ts';
import { t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import type { Member } from './campaign-members.ts';
import { EvidenceChips, ScoreBar } from './campaign-badges.tsx';
import { linkSentence, linkShortLabel, nightsBetween } from './detection-text.ts';
import { forceLayout, placeLabels, type Box } from './graph-layout.ts';

const WIDTH = 760;
const HEIGHT = 420;
const RADIUS = 15;
const CHAR_WIDTH = 6.4;

interface Edge {
  link: IncidentLink;
  key: string;
  a: Member;
  b: Member;
  sentence: string;
  short: string;
}

/** The sentence of a link between two members, with the nights between them when no evidence says so. */
export function memberLinkSentence(link: IncidentLink, a: Member, b: Member): string {
  return linkSentence(link, nightsBetween(a.incident.occurred.start, b.incident.occurred.start));
}

/**
 * The links among the members as a graph: a numbered node per member (place and date beneath),
 * an edge per link, thicker when stronger, labelled with its main reason; the full explanation is
 * in the edge's tooltip and shown below when an edge is chosen. The table that follows says the
 * same for readers who do not see the drawing.
 */
export function LinkGraph({ members, links }: { members: Member[]; links: IncidentLink[] }) {
  const [selected, setSelected] = useState<string>();
  const byId = useMemo(() => new Map(members.map((member) => [member.incident.id, member])), [members]);
  const edges: Edge[] = links
    .filter((link) => byId.has(link.a) && byId.has(link.b))
    .map((link) => {
      const a = byId.get(link.a)!;
      const b = byId.get(link.b)!;
      return {
        link,
        key: `${link.a}|${link.b}`,
        a,
        b,
        sentence: memberLinkSentence(link, a, b),
        short: linkShortLabel(link),
      };
    });
  const positions = useMemo(
    () =>
      forceLayout(
        members.map((member) => member.incident.id),
        links.map((link) => ({ a: link.a, b: link.b, weight: link.score })),
        WIDTH,
        HEIGHT,
        56,
      ),
    [members, links],
  );
  const nodeBoxes: Box[] = members.flatMap((member) => {
    const p = positions.get(member.incident.id)!;
    const labelWidth = Math.max(member.place.length, member.day.length) * CHAR_WIDTH;
    return [
      { x: p.x - RADIUS, y: p.y - RADIUS, width: 2 * RADIUS, height: 2 * RADIUS },
      { x: p.x - labelWidth / 2, y: p.y + RADIUS, width: labelWidth, height: 28 },
    ];
  });
  const labelled = placeLabels(
    edges
      .map((edge) => {
        const [pa, pb] = [positions.get(edge.link.a)!, positions.get(edge.link.b)!];
        const width = edge.short.length * CHAR_WIDTH + 6;
        return {
          edge,
          x: (pa.x + pb.x) / 2,
          y: (pa.y + pb.y) / 2,
          priority: edge.link.score,
          box: { x: (pa.x + pb.x) / 2 - width / 2, y: (pa.y + pb.y) / 2 - 8, width, height: 14 },
        };
      })
      .filter((item) => item.edge.short),
    nodeBoxes,
  );
  const chosen = edges.find((edge) => edge.key === selected);

  return (
    <div class="link-graph">
      <svg
        class="link-graph__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('graph.aria', { nodes: members.length, edges: edges.length })}
        data-testid="link-graph"
        data-node-count={members.length}
        data-edge-count={edges.length}
      >
        <g class="graph__edges">
          {edges.map((edge) => {
            const [pa, pb] = [positions.get(edge.link.a)!, positions.get(edge.link.b)!];
            const choose = () => setSelected(edge.key === selected ? undefined : edge.key);
            return (
              <g
                key={edge.key}
                class={`graph__edge${edge.key === selected ? ' is-selected' : ''}`}
                data-testid="graph-edge"
                data-a={edge.a.number}
                data-b={edge.b.number}
                data-explanation={edge.sentence}
                tabindex={0}
                role="button"
                aria-label={`${edge.a.number} – ${edge.b.number}${t('common.colon')}${edge.sentence}`}
                onClick={choose}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose();
                  }
                }}
              >
                <title>{`${edge.a.number}. ${edge.a.place} – ${edge.b.number}. ${edge.b.place}\n${edge.sentence}`}</title>
                <line
                  class="graph__edge-line"
                  x1={pa.x}
                  y1={pa.y}
                  x2={pb.x}
                  y2={pb.y}
                  style={{ strokeWidth: 1 + edge.link.score * 6, opacity: 0.35 + edge.link.score * 0.6 }}
                />
                <line class="graph__edge-hit" x1={pa.x} y1={pa.y} x2={pb.x} y2={pb.y} />
              </g>
            );
          })}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: these labels repeat the edges' accessible names and hold nothing focusable */}
        <g class="graph__edge-labels" aria-hidden="true">
          {[...labelled].map((item) => (
            <text
              key={item.edge.key}
              class="graph__edge-label"
              x={item.x}
              y={item.y + 4}
              data-testid="graph-edge-label"
            >
              {item.edge.short}
            </text>
          ))}
        </g>
        <g class="graph__nodes">
          {members.map((member) => {
            const p = positions.get(member.incident.id)!;
            return (
              <a
                key={member.incident.id}
                href={href(`/incidents/${member.incident.id}`)}
                class="graph__node"
                data-testid="graph-node"
                data-number={member.number}
              >
                <title>{`${member.number}. ${member.place}, ${member.day}`}</title>
                <circle cx={p.x} cy={p.y} r={RADIUS} style={{ fill: member.color }} />
                <text class="graph__node-number" x={p.x} y={p.y + 4}>
                  {member.number}
                </text>
                <text class="graph__node-label" x={p.x} y={p.y + RADIUS + 13}>
                  {member.place}
                </text>
                <text class="graph__node-date" x={p.x} y={p.y + RADIUS + 26}>
                  {member.day}
                </text>
              </a>
            );
          })}
        </g>
      </svg>
      <p class="link-graph__selected" aria-live="polite" data-testid="graph-selected">
        {chosen ? (
          <>
            <strong>
              {chosen.a.number}. {chosen.a.place} – {chosen.b.number}. {chosen.b.place}
            </strong>{' '}
            · {chosen.sentence}
          </>
        ) : (
          <span class="muted">{t('graph.hint')}</span>
        )}
      </p>
    </div>
  );
}

/** The links among the members as a table, strongest first: the graph's text alternative. */
export function LinkTable({ members, links }: { members: Member[]; links: IncidentLink[] }) {
  const byId = new Map(members.map((member) => [member.incident.id, member]));
  const rows = links.filter((link) => byId.has(link.a) && byId.has(link.b)).sort((x, y) => y.score - x.score);
  if (rows.length === 0) return <p class="muted">{t('graph.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table--compact">
        <caption class="visually-hidden">{t('graph.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('graph.col.pair')}</th>
            <th scope="col">{t('links.col.score')}</th>
            <th scope="col">{t('links.col.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((link) => {
            const [a, b] = [byId.get(link.a)!, byId.get(link.b)!].sort((x, y) => x.number - y.number);
            return (
              <tr key={`${link.a}|${link.b}`} data-testid="graph-link-row">
                <td class="nowrap">
                  {a.number}. {a.place} – {b.number}. {b.place}
                </td>
                <td>
                  <ScoreBar value={link.score} label={t('links.col.score')} />
                </td>
                <td>
                  <EvidenceChips evidence={link.evidence} />
                  <div>{memberLinkSentence(link, a, b)}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
