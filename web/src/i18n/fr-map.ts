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
} as const;
