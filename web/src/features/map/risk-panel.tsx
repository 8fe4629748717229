import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { detectionApi } from '../../api/detection-client.ts';
import type { RiskForecast } from '../../api/detection-types.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { RISK_COLORS, RISK_THRESHOLDS, riskColor } from '../../lib/colors.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { formatNumber, formatPercent, riskReason } from '../campaigns/detection-text.ts';
import type { IncidentMapController } from './incident-layers.ts';

export type RiskHorizon = 72 | 168;
/** Every facility: the map shades them all, the panel lists the first ones. */
const RISK_LIMIT = 300;
const LISTED = 10;
/** Legend swatches grow with the bin, as the circles do on the map. */
const SWATCH_SIZES = [6, 9, 12, 17, 22];

/** The horizon asked for in the address (`risk=72` or `risk=168`), if any. */
export function riskHorizonOf(query: URLSearchParams): RiskHorizon | undefined {
  const value = query.get('risk');
  return value === '72' ? 72 : value === '168' ? 168 : undefined;
}

export interface RiskState {
  status: 'off' | 'loading' | 'ready' | 'forbidden' | 'error';
  forecast?: RiskForecast;
  error?: Error;
  /** facilities shaded on the map */
  shaded: number;
  retry: () => void;
}

/**
 * Fetches the risk forecast at `at` (the end of the period shown; now when it is open) and shades
 * the map's facilities with it. A 403 (the reader's role may not see the forecast) only hides it.
 */
export function useSiteRisk(
  controller: RefObject<IncidentMapController | undefined>,
  horizon: RiskHorizon | undefined,
  at: string | undefined,
): RiskState {
  const [state, setState] = useState<Omit<RiskState, 'retry'>>({ status: 'off', shaded: 0 });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const map = controller.current;
    if (!map) return;
    if (!horizon) {
      setState((current) => (current.status === 'forbidden' ? current : { status: 'off', shaded: 0 }));
      void map.setRisk(new Map());
      return;
    }
    let live = true;
    setState((current) =>
      current.status === 'forbidden' ? current : { ...current, status: 'loading', error: undefined },
    );
    detectionApi
      .risk({ at, horizon, limit: RISK_LIMIT })
      .then(async (forecast) => {
        const shaded = await map.setRisk(new Map(forecast.items.map((item) => [item.site_id, item.probability])));
        if (live) setState({ status: 'ready', forecast, shaded });
      })
      .catch((error: Error) => {
        if (!live) return;
        void map.setRisk(new Map());
        const forbidden = error instanceof ApiError && error.status === 403;
        setState({ status: forbidden ? 'forbidden' : 'error', error: forbidden ? undefined : error, shaded: 0 });
      });
    return () => {
      live = false;
    };
  }, [horizon, at, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

/** "Risque : masqué | 72 h | 7 j", kept in the address. */
export function RiskToggle({
  value,
  onChange,
}: {
  value: RiskHorizon | undefined;
  onChange: (horizon: RiskHorizon | undefined) => void;
}) {
  const options: Array<[RiskHorizon | undefined, string]> = [
    [undefined, t('risk.off')],
    [72, t('risk.72')],
    [168, t('risk.168')],
  ];
  return (
    <fieldset class="period risk-toggle" data-testid="risk-toggle">
      <legend>{t('risk.toggle')}</legend>
      <div class="period__presets" role="group">
        {options.map(([horizon, text]) => (
          <button
            key={text}
            type="button"
            class="chip"
            aria-pressed={value === horizon}
            data-horizon={horizon ?? 'off'}
            onClick={() => onChange(horizon)}
          >
            {text}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** The bins of the shading, for the map's legend. */
export function RiskLegend({ horizon }: { horizon: RiskHorizon }) {
  const bounds = [0, ...RISK_THRESHOLDS];
  return (
    <div class="legend__risk" data-testid="risk-legend">
      <h3 class="legend__title">{t('risk.legend', { horizon: t(horizon === 72 ? 'risk.72' : 'risk.168') })}</h3>
      <ul>
        {RISK_COLORS.map((color, index) => (
          <li key={color}>
            <span class="legend__risk-swatch" aria-hidden="true">
              <span
                class="dot dot--risk"
                style={{ background: color, width: `${SWATCH_SIZES[index]}px`, height: `${SWATCH_SIZES[index]}px` }}
              />
            </span>
            {index === RISK_COLORS.length - 1
              ? t('risk.bin.above', { value: formatPercent(bounds[index]) })
              : index === 0
                ? t('risk.bin.below', { value: formatPercent(bounds[1]) })
                : t('risk.bin.between', { low: formatPercent(bounds[index]), high: formatPercent(bounds[index + 1]) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The ten facilities most at risk, with the reasons the model gives. */
export function RiskPanel({ risk }: { risk: RiskState }) {
  const forecast = risk.forecast;
  return (
    <aside class="risk-panel" aria-labelledby="risk-title" data-testid="risk-panel">
      <h2 id="risk-title">{t('risk.title')}</h2>
      {risk.status === 'loading' && <Loading />}
      {risk.status === 'error' && <ErrorBanner error={risk.error} onRetry={risk.retry} />}
      {forecast && (
        <>
          <p class="hint">
            {t('risk.at', {
              horizon: t(forecast.horizon_hours === 168 ? 'risk.168' : 'risk.72'),
              at: dateTimeLabel(forecast.at),
            })}
          </p>
          {forecast.items.length === 0 && <p class="muted">{t('risk.none')}</p>}
          <ol class="risk-list">
            {forecast.items.slice(0, LISTED).map((item) => (
              <li key={item.site_id} class="risk-list__item" data-testid="risk-item" data-site={item.site_id}>
                <div class="risk-list__head">
                  <span class="dot dot--risk" style={{ background: riskColor(item.probability) }} aria-hidden="true" />
                  <a href={href('/incidents', { facility: item.site_id })} class="risk-list__name">
                    {item.site.name}
                  </a>
                  <strong class="risk-list__probability">{formatPercent(item.probability, 1)}</strong>
                </div>
                {item.relative_risk !== null && (
                  <p class="risk-list__relative muted">
                    {t('risk.relative', { n: formatNumber(item.relative_risk, 1) })}
                  </p>
                )}
                <ul class="risk-list__reasons">
                  {item.reasons.map((reason, index) => {
                    const said = riskReason(reason);
                    return (
                      <li
                        key={`${reason.code}-${index}`}
                        data-reason={reason.code}
                        lang={said.translated ? undefined : 'en'}
                      >
                        {said.text}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          <p class="hint">{t('risk.method')}</p>
        </>
      )}
    </aside>
  );
}
