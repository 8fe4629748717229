import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncidentLink } from '../../api/detection-types.ts';
import { label, t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { createBaseMap, loadOutlines, maplibregl, whenIdle, whenLoaded } from '../map/base-map.ts';
import type { Member } from './campaign-members.ts';

/**
 * The members on the map of France (the same offline outlines as the national map): a numbered
 * marker each, linking to the incident, and the links between them as lines, thicker when stronger.
 * Sets `data-loaded="true"` once drawn.
 */
export function CampaignMap({ members, links }: { members: Member[]; links: IncidentLink[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  const key = `${members.map((member) => member.incident.id).join(',')}|${links.length}`;

  useEffect(() => {
    const map = createBaseMap(container.current!);
    let live = true;
    setLoaded(false);
    const byId = new Map(members.map((member) => [member.incident.id, member]));
    const at = (member: Member): [number, number] => [member.incident.place.lon, member.incident.place.lat];
    // Members at the same place (or nearly: within ~5 km) are spread on a small ring around it, so
    // that no marker hides another; each still points at its place.
    const spot = (member: Member) =>
      `${Math.round(member.incident.place.lon * 20)},${Math.round(member.incident.place.lat * 20)}`;
    const together = new Map<string, Member[]>();
    for (const member of members) together.set(spot(member), [...(together.get(spot(member)) ?? []), member]);
    const offsetOf = (member: Member): [number, number] => {
      const group = together.get(spot(member))!;
      if (group.length < 2) return [0, 0];
      const radius = 11 + 2.5 * group.length;
      const angle = (2 * Math.PI * group.indexOf(member)) / group.length - Math.PI / 2;
      return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
    };
    const markers = members.map((member) => {
      const element = document.createElement('a');
      element.className = 'member-marker';
      element.href = href(`/incidents/${member.incident.id}`);
      element.style.background = member.color;
      element.textContent = String(member.number);
      element.title = `${member.number}. ${member.place}, ${member.day} — ${member.incident.event_types.map((type) => label('event_type', type)).join(', ')}`;
      element.setAttribute('data-testid', 'member-marker');
      return new maplibregl.Marker({ element, offset: offsetOf(member) }).setLngLat(at(member));
    });
    whenLoaded(map).then(async () => {
      if (!live) return;
      map.addSource('links', {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: links
            .filter((link) => byId.has(link.a) && byId.has(link.b))
            .map((link) => ({
              type: 'Feature',
              geometry: { type: 'LineString', coordinates: [at(byId.get(link.a)!), at(byId.get(link.b)!)] },
              properties: { score: link.score },
            })),
        },
      });
      map.addLayer({
        id: 'links',
        type: 'line',
        source: 'links',
        paint: {
          'line-color': '#1f3a5f',
          'line-opacity': ['interpolate', ['linear'], ['get', 'score'], 0, 0.25, 1, 0.8],
          'line-width': ['interpolate', ['linear'], ['get', 'score'], 0, 1, 1, 5],
        },
      });
      for (const marker of markers) marker.addTo(map);
      if (members.length > 0) {
        const bounds = new maplibregl.LngLatBounds(at(members[0]), at(members[0]));
        for (const member of members) bounds.extend(at(member));
        map.fitBounds(bounds, { padding: 48, maxZoom: 8, duration: 0 });
      }
      // The outlines are decoration: if they fail, the members still show.
      await loadOutlines(map).catch(() => undefined);
      await whenIdle(map);
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
      for (const marker of markers) marker.remove();
      map.remove();
    };
  }, [key]);

  return (
    <figure class="campaign-map">
      <div
        ref={container}
        class="campaign-map__canvas"
        data-testid="campaign-map"
        data-loaded={loaded ? 'true' : 'false'}
        data-member-count={members.length}
        role="region"
        aria-label={t('campaign.map.aria')}
      />
      <figcaption class="mini-map__credit">
        {t('campaign.map.caption')} · {t('incident.outlines')}
      </figcaption>
    </figure>
  );
}
