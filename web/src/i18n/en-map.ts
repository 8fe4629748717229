import type { frMap } from './fr-map.ts';

/** English messages of the map by zoom (clusters, sample, collapsible legend) and of the phone menu. */
export const enMap: Record<keyof typeof frMap, string> = {
  'map.count.inView': '{count} incident(s) in view',
  'map.sampled':
    'Sample: only the {count} most recent incidents of the view are shown. Zoom in or narrow the period to see them all.',
  'map.cluster.label': '{count} incident(s): {classes}. Zoom in here',
  'map.legend.cluster': 'Group of incidents (count; colour: main type). Click to zoom in',
  'map.legend.show': '(show)',
  'map.legend.hide': '(hide)',
  'nav.menu': 'Menu',
  'map.ui.zoomIn': 'Zoom in',
  'map.ui.zoomOut': 'Zoom out',
  'map.ui.attribution': 'Show or hide the map sources',
  'map.ui.map': 'Map',
  'map.ui.marker': 'Map marker',
  'map.ui.popupClose': 'Close',
};
