import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { FeatureCollection, IncidentFeatureProperties } from '../../api/types.ts';
import { PeriodControl } from '../../components/period-control.tsx';
import { JumpToLatest } from '../../components/jump-to-latest.tsx';
import { periodFromAddress, periodToAddress, type Period } from '../../lib/opening-period.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang } from '../../i18n/i18n.ts';
import { colorOf } from '../../lib/colors.ts';
import { apiPeriod } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { IncidentMapController } from './incident-layers.ts';
import { RiskLegend, RiskPanel, RiskToggle, riskHorizonOf, useSiteRisk, type RiskHorizon } from './risk-panel.tsx';
import { PostureLegend, PostureToggle, usePostureShading, type PostureShading } from './posture-shading.tsx';

const riskQuery = (horizon: RiskHorizon | undefined, posture = false) => ({ ...(horizon ? { risk: String(horizon) } : {}), ...(posture ? { posture: '1' } : {}) });

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

  const setPeriod = (next: Period) => navigate('/map', { ...periodToAddress(next), ...riskQuery(risk, posture) });
  const setRisk = (horizon: RiskHorizon | undefined) => navigate('/map', { ...periodToAddress(period), ...riskQuery(horizon, posture) }, true);
  const setPosture = (on: boolean) => navigate('/map', { ...periodToAddress(period), ...riskQuery(risk, on) }, true);

  return (
    <section class="page page--map" aria-labelledby="map-title">
      <div class="page__header">
        <h1 id="map-title">{t('map.title')}</h1>
        <PeriodControl idPrefix="map" value={period} onChange={setPeriod} />
      </div>
      <IncidentMap period={period} onPeriod={setPeriod} risk={risk} onRisk={setRisk} posture={posture} onPosture={setPosture} />
    </section>
  );
}

interface Drawn { key: string; count: number; byType: Array<[string, number]> }

function countByMainType(collection: FeatureCollection<IncidentFeatureProperties>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const feature of collection.features) {
    const type = feature.properties.event_types[0] ?? 'other';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The map itself. Exposes its state to tests and assistive tools: `data-loaded="true"` once the
 * layers are filled, `data-incident-count` the number of incident dots drawn.
 */
function IncidentMap({ period, onPeriod, risk, onRisk, posture, onPosture }: {
  period: Period; onPeriod: (period: Period) => void; risk: RiskHorizon | undefined; onRisk: (horizon: RiskHorizon | undefined) => void;
  posture: boolean; onPosture: (on: boolean) => void;
}) {
  const user = useUser();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<IncidentMapController | undefined>(undefined);
  const [drawn, setDrawn] = useState<Drawn>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  const [facilityCount, setFacilityCount] = useState(0);
  const periodKey = `${period.from ?? ''}/${period.to ?? ''}`;

  useEffect(() => {
    const map = new IncidentMapController(container.current!);
    controller.current = map;
    map.ready.then(() => setFacilityCount(map.facilityCount), setError);
    return () => map.destroy();
  }, []);

  // The forecast starts where the period ends (now for an open period); only roles that may read it ask.
  const riskState = useSiteRisk(controller, canDecide(user) ? risk : undefined, apiPeriod(period).to);
  const showRisk = !!risk && canDecide(user) && riskState.status !== 'forbidden';
  // Posture levels are read by analysts and above, as the alerts are.
  const postureShading = usePostureShading(controller, posture && canDecide(user));
  useEffect(() => { controller.current?.map.resize(); }, [showRisk]);

  useEffect(() => {
    if (!controller.current) return;
    let live = true;
    const key = periodKey;
    setLoading(true);
    setError(undefined);
    api.incidentsGeojson(apiPeriod(period))
      .then(async (collection) => {
        const count = await controller.current!.setIncidents(collection);
        if (live) setDrawn({ key, count, byType: countByMainType(collection) });
      })
      .catch((reason: Error) => { if (live) setError(reason); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [period.from, period.to, attempt]);

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
              <strong>{t('map.count', { count: drawn.count })}</strong>
              {' · '}<a href={href('/incidents', periodToAddress(period))}>{t('map.listLink')}</a>
            </p>
          )}
          {loaded && drawn.count === 0 && (
            <p class="map-status__empty">
              {t('map.count.none')}{' '}
              <JumpToLatest onPeriod={onPeriod} />
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
            data-facility-count={facilityCount}
            data-risk-horizon={showRisk ? risk : undefined}
            data-risk-count={riskState.status === 'ready' ? riskState.shaded : 0}
            data-posture-count={postureShading.status === 'ready' ? postureShading.raised : undefined}
            role="region"
            aria-label={t('map.aria')}
          />
          <Legend byType={drawn?.byType ?? []} risk={showRisk ? risk : undefined} posture={postureShading.status === 'off' ? undefined : postureShading} />
        </div>
        {showRisk && <RiskPanel risk={riskState} />}
      </div>
      <p class="hint">{t('map.overseas')}</p>
    </div>
  );
}

function Legend({ byType, risk, posture }: { byType: Array<[string, number]>; risk?: RiskHorizon; posture?: PostureShading }) {
  return (
    <aside class="legend" aria-label={t('map.legend')}>
      <h2 class="legend__title">{t('map.legend')}</h2>
      <ul>
        {byType.map(([type, count]) => (
          <li key={type}>
            <span class="dot" style={{ background: colorOf(type) }} aria-hidden="true" />
            <span>{label('event_type', type)} <span class="legend__count">({count})</span></span>
          </li>
        ))}
        <li>
          <span class="dot dot--facility" aria-hidden="true" />
          {t('map.legend.facility')}
        </li>
      </ul>
      {risk && <RiskLegend horizon={risk} />}
      {posture && <PostureLegend shading={posture} />}
    </aside>
  );
}
