/**
 * One colour per event type, by family: shootings and explosions in reds, fire in oranges,
 * intimidation in purples, aerial and thrown deliveries in blues, escapes in greens.
 * Chosen to stay distinguishable on the pale background and against the grey facility dots.
 */
export const EVENT_COLORS: Record<string, string> = {
  gunfire: '#d62728',
  explosive: '#7f0000',
  assault_on_staff: '#e377c2',
  transport_ambush: '#8c564b',
  arson: '#ff7f0e',
  vehicle_arson: '#f5b400',
  attempted_arson: '#f4a582',
  graffiti: '#9467bd',
  threat: '#4a1486',
  doxxing: '#17becf',
  drone_drop: '#1f77b4',
  projection: '#6baed6',
  intrusion: '#2ca02c',
  escape: '#006d2c',
  escape_attempt: '#98df8a',
  riot: '#bcbd22',
  contraband_found: '#393b79',
  other: '#525252',
};

export const FALLBACK_COLOR = '#424242';

export const colorOf = (eventType: string | undefined): string =>
  (eventType && EVENT_COLORS[eventType]) || FALLBACK_COLOR;

/**
 * Site risk (probability of at least one attack over the horizon) in five bins, pale to dark
 * slate blue: the same thresholds colour the map and its legend. A desaturated hue that no event
 * type uses, so the risk halos (drawn light, under the incidents) never read as incidents.
 */
export const RISK_THRESHOLDS = [0.02, 0.05, 0.1, 0.2] as const;
export const RISK_COLORS = ['#e3e9f0', '#b7c5d5', '#8aa0b8', '#5d7a99', '#30496a'] as const;

export const riskColor = (probability: number): string =>
  RISK_COLORS[RISK_THRESHOLDS.filter((threshold) => probability >= threshold).length];
