import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { ActorRef, Relationship } from '../../api/actors-types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { graphStylesheet } from './graph-style.ts';

interface Props {
  nodes: ActorRef[];
  edges: Relationship[];
  selected: string | null;
  /** ids of the nodes and relationships on the path found */
  path: Set<string>;
  onNodeClick: (id: string) => void;
}

/**
 * Cytoscape inserts a <style> element (`position: relative` for its container) unless one with its id
 * exists; the Content-Security-Policy (style-src 'self') refuses inline styles, so a placeholder with
 * that id stands in and graph.css gives the container its position.
 */
function preventInlineStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.appendChild(placeholder);
}

/**
 * The network drawn by cytoscape. New nodes are added to what is shown and laid out again; a click on
 * a node is handed to the page (which selects it and expands its neighbours).
 */
export function GraphCanvas({ nodes, edges, selected, path, onNodeClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const clicked = useRef(onNodeClick);
  clicked.current = onNodeClick;

  useEffect(() => {
    preventInlineStylesheet();
    const instance = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    instance.on('tap', 'node', (event) => clicked.current(event.target.id()));
    cy.current = instance;
    // The browser test reaches the instance to click a node where it is drawn.
    (container.current as HTMLDivElement & { cy?: cytoscape.Core }).cy = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const known = new Set(instance.elements().map((element) => element.id()));
    const added = [
      ...nodes
        .filter((node) => !known.has(node.id))
        .map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.name, kind: node.kind } })),
      ...edges
        .filter((edge) => !known.has(edge.id))
        .map((edge) => ({
          group: 'edges' as const,
          data: {
            id: edge.id,
            source: edge.source_id,
            target: edge.target_id,
            label: t(`relKind.${edge.kind}` as MessageKey),
          },
        })),
    ];
    const wanted = new Set([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
    instance
      .elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    if (added.length > 0) {
      // the container may have been hidden when cytoscape measured it
      instance.resize();
      instance.add(added);
      instance
        .layout({ name: 'cose', animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true })
        .run();
    }
  }, [nodes, edges]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().removeClass('is-selected');
    if (selected) instance.getElementById(selected).addClass('is-selected');
    instance.elements().removeClass('on-path');
    for (const id of path) instance.getElementById(id).addClass('on-path');
  }, [selected, path, nodes, edges]);

  return (
    <div
      ref={container}
      class="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label={t('graph.counts', { nodes: nodes.length, edges: edges.length })}
    />
  );
}
