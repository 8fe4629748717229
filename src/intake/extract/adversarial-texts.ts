/**
 * Texts built to defeat a rule engine, at any length: one sentence naming thousands of towns, thousands
 * of short reports, one endless clause, one report per line. A rule that reads a whole clause or
 * sentence again for each name in it is quadratic on them (the extraction pool's test and
 * `npm run bench:extract`'s long texts read them).
 */
export function adversarialTexts(chars: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  return {
    'towns in one sentence': fill('à Lyon, à Paris près de Toulon, à Marseille (13), à Fresnes dans le Val-de-Marne '),
    'short reports': fill('Des tirs à Toulon. Un tag "DDPF" peint à Valence. '),
    'one endless clause': fill(
      'des voitures incendiées devant la prison de Nîmes et un utilitaire brûlé à Luynes le 14 avril ',
    ),
    'one report per line': fill("Tirs sur la maison d'arrêt de Grasse dans la nuit du 3 au 4 mai\n"),
  };
}
