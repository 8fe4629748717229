import { useEffect, useRef, useState } from 'preact/hooks';
import { mapApi, type MapView } from '../../api/map-client.ts';
import { PeriodControl } from '../../components/period-control.tsx';
import { JumpToLatest } from '../../components/jump-to-latest.tsx';
import { periodFromAddress, periodToAddress, type Period } from '../../lib/opening-period.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang } from '../../i18n/i18n.ts';
import { colorOf } from '../../lib/colors.ts';
import { apiPeriod } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { IncidentMapController, POINT_ZOOM } from './incident-layers.ts';
import { focusFromAddress, type MapFocus } from './map-focus.ts';
import { RiskLegend, RiskPanel, RiskToggle, riskHorizonOf, useSiteRisk, type RiskHorizon } from './risk-panel.tsx';
import { PostureLegend, PostureToggle, usePostureShading, type PostureShading } from './posture-shading.tsx';

const riskQuery = (horizon: RiskHorizon | undefined, posture = false) => ({
  ...(horizon ? { risk: String(horizon) } : {}),
  ...(posture ? { posture: '1' } : {}),
});

/**
 * The map page: period control, the map of France and a legend of the incidents shown. Without a
 * period in the address it shows the last 7 days up to now, and says so; an empty period offers to
 * jump to the latest activity.
 */
export function MapPage({ route }: { route: Route }) {
  useLang();
  const period = periodFromAddress(route.query);
  const risk = riskHorizonOf(route.query);
  const posture = route.query.get('posture') === '1';
  // read once, when the map is made: the period and layers change the address without moving the map
  const focus = focusFromAddress(route.query);

  const setPeriod = (next: Period) => navigate('/map', { ...periodToAddress(next), ...riskQuery(risk, posture) });
  const setRisk = (horizon: RiskHorizon | undefined) =>
    navigate('/map', { ...periodToAddress(period), ...riskQuery(horizon, posture) }, true);
  const setPosture = (on: boolean) => navigate('/map', { ...periodToAddress(period), ...riskQuery(risk, on) }, true);

  return (
    <section class="page page--map" aria-labelledby="map-title">
      <div class="page__header">
        <h1 id="map-title">{t('map.title')}</h1>
        <PeriodControl idPrefix="map" value={period} onChange={setPeriod} />
      </div>
      <IncidentMap
        focus={focus}
        period={period}
        onPeriod={setPeriod}
        risk={risk}
        onRisk={setRisk}
        posture={posture}
        onPosture={setPosture}
      />
    </section>
  );
}

interface Drawn {
  key: string;
  kind: MapView['kind'];
  count: number;
  sampled: boolean;
  byType: Array<[string, number]>;
}

/** Incidents by main (first) event type: summed over the clusters, or counted over the points. */
function countByMainType(view: MapView): Array<[string, number]> {
  const counts = new Map<string, number>();
  if (view.kind === 'clusters') {
    for (const cluster of view.clusters)
      for (const [type, count] of Object.entries(cluster.by_class)) counts.set(type, (counts.get(type) ?? 0) + count);
  } else {
    for (const feature of view.features) {
      const type = feature.properties.event_types[0] ?? 'other';
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Below this width the legend starts closed, so the map shows above the fold on a phone. */
const NARROW = '(max-width: 700px)';
/** Waits this long after the map stops moving before asking for the new view. */
const MOVE_DEBOUNCE_MS = 250;

/**
 * The map itself, fetched by zoom and viewport from /api/incidents/map: clusters of the whole period
 * below zoom 9, the points of the viewport from zoom 9. Exposes its state to tests and assistive
 * tools: `data-loaded="true"` once the layers are filled, `data-incident-count` the clusters' total
 * or the number of points drawn, `data-map-kind` clusters or points, `data-center` lon,lat of the view.
 */
function IncidentMap({
  focus,
  period,
  onPeriod,
  risk,
  onRisk,
  posture,
  onPosture,
}: {
  focus: MapFocus | undefined;
  period: Period;
  onPeriod: (period: Period) => void;
  risk: RiskHorizon | undefined;
  onRisk: (horizon: RiskHorizon | undefined) => void;
  posture: boolean;
  onPosture: (on: boolean) => void;
}) {
  const user = useUser();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<IncidentMapController | undefined>(undefined);
  const [drawn, setDrawn] = useState<Drawn>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  const [facilityCount, setFacilityCount] = useState(0);
  const [viewport, setViewport] = useState<{ zoom: number; bbox: string }>();
  const [centre, setCentre] = useState<string>();
  const viewKey = viewport
    ? viewport.zoom < POINT_ZOOM
      ? `clusters@${viewport.zoom}`
      : `points@${viewport.zoom}:${viewport.bbox}`
    : '';
  const periodKey = `${period.from ?? ''}/${period.to ?? ''}/${viewKey}`;

  useEffect(() => {
    const map = new IncidentMapController(container.current!, focus);
    controller.current = map;
    let timer: ReturnType<typeof setTimeout> | undefined;
    map.ready.then(() => {
      setFacilityCount(map.facilityCount);
      setViewport(map.viewport());
      setCentre(map.centre());
    }, setError);
    // Refetch when the map stops moving, once it has been still for a moment.
    map.map.on('moveend', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        setViewport(map.viewport());
        setCentre(map.centre());
      }, MOVE_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      map.destroy();
    };
  }, []);

  // The forecast starts where the period ends (now for an open period); only roles that may read it ask.
  const riskState = useSiteRisk(controller, canDecide(user) ? risk : undefined, apiPeriod(period).to);
  const showRisk = !!risk && canDecide(user) && riskState.status !== 'forbidden';
  // Posture levels are read by analysts and above, as the alerts are.
  const postureShading = usePostureShading(controller, posture && canDecide(user));
  useEffect(() => {
    controller.current?.map.resize();
  }, [showRisk]);

  useEffect(() => {
    if (!controller.current || !viewport) return;
    let live = true;
    const key = periodKey;
    setLoading(true);
    setError(undefined);
    // Clusters cover the whole period (their total is the period's); points only the viewport.
    const where = viewport.zoom < POINT_ZOOM ? { zoom: viewport.zoom } : viewport;
    mapApi
      .view({ ...apiPeriod(period), ...where })
      .then(async (view) => {
        if (!live) return;
        const count = await controller.current!.setView(view);
        if (live)
          setDrawn({
            key,
            kind: view.kind,
            count,
            sampled: view.kind === 'points' && view.sampled,
            byType: countByMainType(view),
          });
      })
      .catch((reason: Error) => {
        if (live) setError(reason);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [period.from, period.to, viewKey, attempt]);

  // Loaded means: what is drawn is the current period (not the previous one still on screen).
  const loaded = !loading && !error && drawn !== undefined && drawn.key === periodKey;
  return (
    <div class="map-layout">
      <div class="map-toolbar">
        <div class="map-status" aria-live="polite">
          {loading && <Loading />}
          {error && <ErrorBanner error={error} onRetry={() => setAttempt((n) => n + 1)} />}
          {loaded && drawn.count > 0 && (
            <p>
              <strong>{t(drawn.kind === 'points' ? 'map.count.inView' : 'map.count', { count: drawn.count })}</strong>
              {' · '}
              <a href={href('/incidents', periodToAddress(period))}>{t('map.listLink')}</a>
            </p>
          )}
          {loaded && drawn.sampled && (
            <p class="map-status__sampled" data-testid="map-sampled" role="note">
              {t('map.sampled', { count: drawn.count })}
            </p>
          )}
          {loaded && drawn.count === 0 && (
            <p class="map-status__empty">
              {t('map.count.none')} <JumpToLatest onPeriod={onPeriod} />
            </p>
          )}
        </div>
        {canDecide(user) && riskState.status !== 'forbidden' && <RiskToggle value={risk} onChange={onRisk} />}
        {canDecide(user) && <PostureToggle on={posture} onChange={onPosture} />}
      </div>
      <div class="map-row">
        <div class="map-frame">
          <div
            ref={container}
            class="map"
            data-testid="map"
            data-loaded={loaded ? 'true' : 'false'}
            data-incident-count={drawn?.count ?? 0}
            data-map-kind={drawn?.kind}
            data-zoom={viewport?.zoom}
            data-center={centre}
            data-sampled={drawn?.sampled ? 'true' : undefined}
            data-facility-count={facilityCount}
            data-risk-horizon={showRisk ? risk : undefined}
            data-risk-count={riskState.status === 'ready' ? riskState.shaded : 0}
            data-posture-count={postureShading.status === 'ready' ? postureShading.raised : undefined}
            role="region"
            aria-label={t('map.aria')}
          />
          <Legend
            clusters={drawn?.kind === 'clusters'}
            byType={drawn?.byType ?? []}
            risk={showRisk ? risk : undefined}
            posture={postureShading.status === 'off' ? undefined : postureShading}
          />
        </div>
        {showRisk && <RiskPanel risk={riskState} />}
      </div>
      <p class="hint">{t('map.overseas')}</p>
    </div>
  );
}

/** The legend: open by default on wide screens, closed on narrow ones (a button opens it). */
function Legend({
  clusters,
  byType,
  risk,
  posture,
}: {
  clusters: boolean;
  byType: Array<[string, number]>;
  risk?: RiskHorizon;
  posture?: PostureShading;
}) {
  const [open, setOpen] = useState(() => typeof matchMedia !== 'function' || !matchMedia(NARROW).matches);
  return (
    <aside class={`legend${open ? '' : ' legend--closed'}`} aria-label={t('map.legend')} data-testid="map-legend">
      <h2 class="legend__title">
        <button
          type="button"
          class="legend__toggle"
          aria-expanded={open}
          aria-controls="map-legend-body"
          data-testid="legend-toggle"
          onClick={() => setOpen(!open)}
        >
          {t('map.legend')}
          <span class="visually-hidden"> {t(open ? 'map.legend.hide' : 'map.legend.show')}</span>
        </button>
      </h2>
      <div id="map-legend-body" hidden={!open}>
        <ul>
          {byType.map(([type, count]) => (
            <li key={type}>
              <span class="dot" style={{ background: colorOf(type) }} aria-hidden="true" />
              <span>
                {label('event_type', type)} <span class="legend__count">({count})</span>
              </span>
            </li>
          ))}
          {clusters && (
            <li>
              <span class="dot dot--cluster" aria-hidden="true" />
              {t('map.legend.cluster')}
            </li>
          )}
          <li>
            <span class="dot dot--facility" aria-hidden="true" />
            {t('map.legend.facility')}
          </li>
        </ul>
        {risk && <RiskLegend horizon={risk} />}
        {posture && <PostureLegend shading={posture} />}
      </div>
    </aside>
  );
}
