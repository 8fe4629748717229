import { useEffect, useState } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { colorOf } from '../../lib/colors.ts';
import { addDays } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { focusToAddress } from '../map/map-focus.ts';
import { outlinePaths, viewBoxOf, type OutlineWindow } from './outline-window.ts';

/**
 * How much of France the mini-map shows around its point: about 250 by 125 km (half-widths in the window's
 * units), about the scale the WebGL mini-map showed at zoom 7. The drawing covers its frame (`slice`): a
 * narrow phone frame shows less east and west, a wide one less north and south, never more than the window.
 */
const HALF_WIDTH = 1.6;
const HALF_HEIGHT = 0.8;
const frameAround = (lon: number, lat: number): OutlineWindow => ({
  lon,
  lat,
  halfWidth: HALF_WIDTH,
  halfHeight: HALF_HEIGHT,
});

/**
 * The map's period for an incident: three days either side of its dates (a week around a night), so that the map
 * draws its point and the acts of the days around it; the map's own opening period, the last 7 days, would leave an
 * older incident's point out. Dates in the incident's own calendar are close enough: the map's days are Paris days.
 */
function daysAround(occurred?: { start: string; end: string }): { from?: string; to?: string } {
  if (!occurred) return {};
  const last = new Date(new Date(occurred.end).getTime() - 1).toISOString().slice(0, 10);
  return { from: addDays(occurred.start.slice(0, 10), -3), to: addDays(last, 3) };
}

/**
 * A small map centred on one incident: the department outlines around it drawn in SVG, its point at the
 * centre coloured like on the national map, labelled with the site's name. Drawn without WebGL or the
 * map library (1.6 MB of scripts and a worker): an incident page opens on a workstation without a
 * graphics card, where the WebGL map stayed an empty frame, and prints with its map (a WebGL canvas
 * prints blank). Panning and zooming are the national map's: the link under it opens it centred on the point.
 * Sets `data-loaded="true"` once the outlines are drawn, or once they failed (the point still shows).
 */
export function IncidentMiniMap({
  lat,
  lon,
  eventType,
  name,
  occurred,
}: {
  lat: number;
  lon: number;
  eventType?: string;
  name?: string;
  /** when the incident took place: the map opens on the days around it, so that its point is drawn */
  occurred?: { start: string; end: string };
}) {
  const [paths, setPaths] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setPaths(undefined);
    api
      .geo('departements')
      // The outlines are decoration: if they fail, the point still shows on the sea colour.
      .then(
        (outlines) => outlinePaths(outlines as unknown as FeatureCollection, frameAround(lon, lat)),
        () => [],
      )
      .then((drawn) => {
        if (live) setPaths(drawn);
      });
    return () => {
      live = false;
    };
  }, [lat, lon]);
  return (
    <figure class="mini-map">
      <div
        class="mini-map__canvas mini-map__canvas--outline"
        data-testid="mini-map"
        data-loaded={paths ? 'true' : 'false'}
        role="img"
        aria-label={`${t('incident.coordinates')} ${lat}, ${lon}`}
      >
        <svg viewBox={viewBoxOf(frameAround(lon, lat))} preserveAspectRatio="xMidYMid slice" aria-hidden="true">
          {paths?.map((d) => (
            <path key={d} d={d} class="mini-map__outline" data-testid="mini-map-outline" />
          ))}
        </svg>
        <span class="mini-map__point" style={{ background: colorOf(eventType) }} data-testid="mini-map-point" />
        {name && (
          <span class="map-label mini-map__label" data-testid="mini-map-label">
            {name}
          </span>
        )}
      </div>
      <figcaption class="mini-map__credit">
        <a href={href('/map', { ...focusToAddress(lon, lat), ...daysAround(occurred) })} data-testid="mini-map-link">
          {t('incident.showOnMap')}
        </a>
        {' · '}
        {t('incident.outlines')}
      </figcaption>
    </figure>
  );
}
