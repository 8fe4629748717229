import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { postureApi } from '../../api/alerts-client.ts';
import { POSTURE_LEVELS } from '../../api/alerts-types.ts';
import { ErrorBanner } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { POSTURE_COLORS, postureRanker } from '../posture/posture-colors.ts';
import type { IncidentMapController } from './incident-layers.ts';

export interface PostureShading {
  status: 'off' | 'loading' | 'ready' | 'error';
  raised: number;
  error?: Error;
}

/** Rings the map's facilities by the posture levels in force while `on`; clears them when off. */
export function usePostureShading(
  controller: RefObject<IncidentMapController | undefined>,
  on: boolean,
): PostureShading {
  const [state, setState] = useState<PostureShading>({ status: 'off', raised: 0 });
  useEffect(() => {
    const map = controller.current;
    if (!map) return;
    if (!on) {
      setState({ status: 'off', raised: 0 });
      void map.setPosture(null);
      return;
    }
    let live = true;
    setState({ status: 'loading', raised: 0 });
    postureApi
      .current()
      .then(async (current) => {
        const raised = await map.setPosture(postureRanker(current.active));
        if (live) setState({ status: 'ready', raised });
      })
      .catch((error: Error) => {
        if (live) setState({ status: 'error', raised: 0, error });
      });
    return () => {
      live = false;
    };
  }, [on]);
  return state;
}

/** "Posture : masquée | niveaux", beside the risk toggle, kept in the address (`posture=1`). */
export function PostureToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <fieldset class="period risk-toggle" data-testid="posture-toggle">
      <legend>{t('map.posture.toggle')}</legend>
      <div class="period__presets" role="group">
        <button type="button" class="chip" aria-pressed={!on} onClick={() => onChange(false)}>
          {t('map.posture.off')}
        </button>
        <button type="button" class="chip" aria-pressed={on} onClick={() => onChange(true)}>
          {t('map.posture.on')}
        </button>
      </div>
    </fieldset>
  );
}

/** The posture levels of the rings, and how many facilities are above normal. */
export function PostureLegend({ shading }: { shading: PostureShading }) {
  return (
    <div class="legend__posture" data-testid="posture-legend">
      <h3 class="legend__title">{t('map.posture.legend')}</h3>
      {shading.error && <ErrorBanner error={shading.error} />}
      <ul>
        {POSTURE_LEVELS.slice(1).map((level, index) => (
          <li key={level}>
            <span
              class="dot"
              style={{ background: 'transparent', border: `2.5px solid ${POSTURE_COLORS[index + 1]}` }}
              aria-hidden="true"
            />
            {t(`postureLevel.${level}` as MessageKey)}
          </li>
        ))}
      </ul>
      {shading.status === 'ready' && (
        <p class="legend__count" data-testid="posture-count">
          {t('map.posture.count', { count: shading.raised })}
        </p>
      )}
    </div>
  );
}
