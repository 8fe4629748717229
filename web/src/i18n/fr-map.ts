/** Messages français de la carte par zoom (groupes, échantillon, légende repliable) et du menu sur téléphone. */
export const frMap = {
  'map.count.inView': '{count} incident(s) dans la vue',
  'map.sampled':
    'Échantillon : seuls les {count} incidents les plus récents de la vue sont affichés. Zoomez ou resserrez la période pour tout voir.',
  'map.cluster.label': '{count} incident(s) : {classes}. Zoomer ici',
  'map.legend.cluster': 'Groupe d’incidents (nombre ; couleur : type dominant). Cliquer pour zoomer',
  'map.legend.show': '(afficher)',
  'map.legend.hide': '(masquer)',
  'nav.menu': 'Menu',
  // the map library's own controls (MapLibre words them in English)
  'map.ui.zoomIn': 'Zoom avant',
  'map.ui.zoomOut': 'Zoom arrière',
  'map.ui.attribution': 'Afficher ou masquer les sources de la carte',
  'map.ui.map': 'Carte',
  'map.ui.marker': 'Repère sur la carte',
  'map.ui.popupClose': 'Fermer',
} as const;
