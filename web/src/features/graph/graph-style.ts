import type cytoscape from 'cytoscape';
import type { ActorKind } from '../../api/actors-types.ts';

/** Colour and shape of each kind of entity: the shape tells the kind apart even without colour. */
export const KIND_STYLE: Record<ActorKind, { color: string; shape: cytoscape.Css.NodeShape }> = {
  person: { color: '#1f77b4', shape: 'ellipse' },
  organisation: { color: '#d62728', shape: 'hexagon' },
  vehicle: { color: '#ff7f0e', shape: 'round-rectangle' },
  vessel: { color: '#17becf', shape: 'barrel' },
  phone: { color: '#9467bd', shape: 'diamond' },
  online_account: { color: '#e377c2', shape: 'tag' },
  place: { color: '#8c564b', shape: 'triangle' },
  facility: { color: '#4d4d4d', shape: 'rectangle' },
  weapon: { color: '#7f0000', shape: 'star' },
};

/** The stylesheet of the explorer: nodes by kind, the selection, the path found. */
export function graphStylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
        color: '#1b1f24',
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, style]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': style.color, shape: style.shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'node:selected, node.is-selected', style: { 'border-width': 4, 'border-color': '#f5b400' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#2ca02c' } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#2ca02c', 'target-arrow-color': '#2ca02c' } },
  ];
}
