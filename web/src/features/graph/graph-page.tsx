import { useEffect, useMemo, useState } from 'preact/hooks';
import { actorsApi } from '../../api/actors-client.ts';
import { ACTOR_KINDS, type Actor, type ActorRef, type Relationship } from '../../api/actors-types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { ActorSearch } from './actor-search.tsx';
import { GraphCanvas } from './graph-canvas.tsx';
import { KIND_STYLE } from './graph-style.ts';

interface Shown {
  nodes: Map<string, ActorRef>;
  edges: Map<string, Relationship>;
}
const nothing = (): Shown => ({ nodes: new Map(), edges: new Map() });

/**
 * The actor graph explorer (`#/graph?start=ID&depth=N`): start from an entity found by name, click a
 * node to expand its neighbours, find the shortest paths from the selection to another entity.
 */
export function GraphPage({ route }: { route: Route }) {
  useLang();
  const start = route.query.get('start');
  const depth = Math.min(4, Math.max(1, Number(route.query.get('depth') ?? 1) || 1));
  const [shown, setShown] = useState<Shown>(nothing);
  const [selected, setSelected] = useState<string | null>(null);
  const [capped, setCapped] = useState<string[]>([]);
  const [path, setPath] = useState<{ ids: Set<string>; message: string } | null>(null);
  const [error, setError] = useState<Error | null>(null);

  /** Adds the neighbourhood of `id` to what is shown. */
  const expand = async (id: string, hops: number) => {
    setError(null);
    try {
      const answer = await actorsApi.neighbours(id, hops);
      setShown((current) => ({
        nodes: new Map([...current.nodes, ...answer.nodes.map((node) => [node.id, node] as const)]),
        edges: new Map([...current.edges, ...answer.relationships.map((edge) => [edge.id, edge] as const)]),
      }));
      setCapped(answer.capped);
      setSelected(id);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  useEffect(() => {
    setShown(nothing());
    setPath(null);
    if (start) void expand(start, depth);
  }, [start, depth]);

  const findPath = async (target: Actor) => {
    if (!selected) return;
    setError(null);
    try {
      const answer = await actorsApi.paths(selected, target.id);
      if (answer.paths.length === 0) {
        setPath({ ids: new Set(), message: t('graph.pathNone') });
        return;
      }
      setShown((current) => ({
        nodes: new Map([
          ...current.nodes,
          ...answer.paths.flatMap((p) => p.actors).map((node) => [node.id, node] as const),
        ]),
        edges: new Map([
          ...current.edges,
          ...answer.paths.flatMap((p) => p.relationships).map((edge) => [edge.id, edge] as const),
        ]),
      }));
      const ids = new Set(
        answer.paths.flatMap((p) => [...p.actors.map((a) => a.id), ...p.relationships.map((r) => r.id)]),
      );
      setPath({
        ids,
        message: t('graph.pathFound', { count: answer.paths.length, hops: answer.paths[0].relationships.length }),
      });
    } catch (caught) {
      setError(caught as Error);
    }
  };

  const nodes = useMemo(() => [...shown.nodes.values()], [shown]);
  const edges = useMemo(() => [...shown.edges.values()], [shown]);
  const selectedNode = selected ? shown.nodes.get(selected) : undefined;

  return (
    <section class="page graph-page" aria-labelledby="graph-title">
      <div class="page__header">
        <h1 id="graph-title">{t('graph.title')}</h1>
        {nodes.length > 0 && (
          <button type="button" class="button" onClick={() => navigate('/graph', {}, true)}>
            {t('graph.reset')}
          </button>
        )}
      </div>
      <p class="hint">{t('graph.intro')}</p>
      <div class="graph-controls">
        <ActorSearch
          id="graph-start"
          label={t('graph.search')}
          hint={t('graph.searchHint')}
          button={t('graph.searchButton')}
          onPick={(actor) => navigate('/graph', { start: actor.id, depth: String(depth) })}
        />
        <div class="field">
          <label for="graph-depth">{t('graph.depth')}</label>
          <select
            id="graph-depth"
            value={String(depth)}
            aria-describedby="graph-depth-hint"
            data-testid="graph-depth"
            onChange={(event) => navigate('/graph', { start: start ?? undefined, depth: inputValue(event) }, true)}
          >
            {[1, 2, 3, 4].map((value) => (
              <option key={value} value={String(value)}>
                {value}
              </option>
            ))}
          </select>
          <p id="graph-depth-hint" class="field__hint">
            {t('graph.depthHint')}
          </p>
        </div>
      </div>
      {error && <ErrorBanner error={error} />}
      {capped.map((reason) => (
        <InfoBanner key={reason}>{t('graph.capped', { reason })}</InfoBanner>
      ))}
      {nodes.length === 0 && !error && (
        <EmptyState>
          <span data-testid="graph-empty">{t('graph.empty')}</span>
        </EmptyState>
      )}
      <div class="graph-layout" hidden={nodes.length === 0}>
        <GraphCanvas
          nodes={nodes}
          edges={edges}
          selected={selected}
          path={path?.ids ?? new Set()}
          onNodeClick={(id) => void expand(id, 1)}
        />
        <aside class="graph-side">
          {selectedNode && (
            <div class="graph-selection" data-testid="graph-selection">
              <p>
                <strong>{t('graph.selected', { name: selectedNode.name })}</strong>{' '}
                <span class="muted">({t(`actorKind.${selectedNode.kind}` as MessageKey)})</span>
              </p>
              <p>
                <a href={href(`/actors/${selectedNode.id}`)}>{t('graph.open')}</a>
              </p>
              <ActorSearch
                id="graph-path"
                label={`${t('graph.pathFrom')} ${t('graph.pathTo')}`}
                hint={t('graph.pathHint')}
                button={t('graph.pathFind')}
                onPick={findPath}
              />
              {path && (
                <p role="status" data-testid="graph-path-result">
                  {path.message}
                </p>
              )}
            </div>
          )}
          <p class="muted" aria-live="polite" data-testid="graph-counts">
            {t('graph.counts', { nodes: nodes.length, edges: edges.length })}
          </p>
          <Legend />
          <ul class="graph-node-list" data-testid="graph-node-list">
            {nodes.map((node) => (
              <li key={node.id} data-id={node.id}>
                <button
                  type="button"
                  class="link-button"
                  aria-pressed={node.id === selected}
                  onClick={() => void expand(node.id, 1)}
                  title={t('graph.expand')}
                >
                  {node.name}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}

function Legend() {
  return (
    <figure class="graph-legend" data-testid="graph-legend">
      <figcaption>{t('graph.legend')}</figcaption>
      <ul>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <span
              class={`graph-legend__swatch graph-legend__swatch--${KIND_STYLE[kind].shape}`}
              style={{ background: KIND_STYLE[kind].color }}
              aria-hidden="true"
            />
            {t(`actorKind.${kind}` as MessageKey)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
