/**
 * Drug seizures for `vigie demo`, consistent with the seed article: French cocaine seizures of 47 t in
 * the first eleven months of 2024, double the 23.5 t of the whole of 2023, and the US seizure announced
 * on 9 April 2025 of about $510 million of narcotics linked to the Sinaloa and Jalisco New Generation
 * cartels. Only the totals are published: every French record is a synthetic split of them, and says so.
 */
import type { SeizureDraft } from '../core/seizure/seizure.schema.ts';
import type { PlaceInput, SourceInput } from '../core/shared/common.schema.ts';

/** The published totals the synthetic French records add up to, in kilograms. */
export const PUBLISHED_COCAINE_TOTALS_KG = {
  france_2024_january_to_november: 47_000,
  france_2023: 23_500,
} as const;

/** The French agencies whose seizures make up the published totals. */
export const FRENCH_SEIZURE_AGENCIES = ['Douane', 'OFAST', 'Marine nationale'] as const;
type FrenchAgency = (typeof FRENCH_SEIZURE_AGENCIES)[number];

interface SeizureSite {
  place: PlaceInput;
  agency: FrenchAgency;
  route: string;
  vessel?: string;
  label: string;
}

function at(lat: number, lon: number, department: string, commune?: string): PlaceInput {
  return commune
    ? { lat, lon, precision: 'commune', commune, department, country: 'FR' }
    : { lat, lon, precision: 'department', department, country: 'FR' };
}

const SITES = {
  'le-havre': {
    label: 'Container found at the port of Le Havre',
    place: at(49.4944, 0.1079, '76', 'Le Havre'),
    agency: 'Douane',
    route: 'Ecuador or Colombia to Le Havre, container of fruit',
    vessel: 'container ship',
  },
  dunkirk: {
    label: 'Container found at the port of Dunkirk',
    place: at(51.0344, 2.3768, '59', 'Dunkerque'),
    agency: 'Douane',
    route: 'Brazil to Dunkirk, container',
    vessel: 'container ship',
  },
  'marseille-fos': {
    label: 'Container found at Marseille-Fos',
    place: at(43.4378, 4.9447, '13', 'Fos-sur-Mer'),
    agency: 'Douane',
    route: 'South America to Marseille-Fos, container',
    vessel: 'container ship',
  },
  'cayenne-airport': {
    label: 'Monthly total of courier seizures at Cayenne-Félix Éboué airport',
    place: at(4.822, -52.365, '973', 'Matoury'),
    agency: 'Douane',
    route: 'Cayenne to Paris-Orly, swallowed or in luggage',
  },
  'fort-de-france': {
    label: 'Seizure at the port of Fort-de-France',
    place: at(14.6037, -61.0742, '972', 'Fort-de-France'),
    agency: 'Douane',
    route: 'Venezuela to Martinique, then mainland France',
    vessel: 'cargo ship',
  },
  'pointe-a-pitre': {
    label: 'Seizure at the port of Jarry, Guadeloupe',
    place: at(16.2411, -61.5331, '971', 'Baie-Mahault'),
    agency: 'OFAST',
    route: 'Caribbean to Guadeloupe, then mainland France',
    vessel: 'cargo ship',
  },
  'navy-antilles': {
    label: 'Interception at sea by the Navy in the Antilles zone',
    place: at(14.9, -59.8, '972'),
    agency: 'Marine nationale',
    route: 'South America across the Atlantic towards Europe',
    vessel: 'sailing yacht',
  },
  'navy-guiana': {
    label: 'Interception at sea by the Navy off French Guiana',
    place: at(5.9, -51.6, '973'),
    agency: 'Marine nationale',
    route: 'Brazil or Suriname towards West Africa and Europe',
    vessel: 'fishing vessel',
  },
  roissy: {
    label: 'Air freight seizure at Paris-Charles de Gaulle airport',
    place: at(49.0097, 2.5479, '95', 'Roissy-en-France'),
    agency: 'Douane',
    route: 'South America to Paris by air freight',
  },
  'le-boulou': {
    label: 'Lorry stopped on the motorway near the Spanish border',
    place: at(42.5247, 2.8317, '66', 'Le Boulou'),
    agency: 'OFAST',
    route: 'Spain to France by road',
  },
} satisfies Record<string, SeizureSite>;
type SiteKey = keyof typeof SITES;

const SYNTHETIC_MARKER: SourceInput = {
  kind: 'other',
  title: 'Vigie demo: synthetic split of a published total',
  reliability: 'F',
  credibility: 6,
};

const TOTAL_2024_SOURCE: SourceInput = {
  kind: 'official',
  title: 'Interior minister: 47 t of cocaine seized in the first 11 months of 2024, double 2023',
  reliability: 'A',
  credibility: 2,
};

// [date, site, kilograms]. The 2024 January-November rows add up to 47,000 kg, the 2023 rows to 23,500 kg.
type SeizureRow = [string, SiteKey, number];

const FRANCE_2024: SeizureRow[] = [
  ['2024-01-18', 'le-havre', 2350],
  ['2024-01-29', 'marseille-fos', 640],
  ['2024-01-31', 'cayenne-airport', 410],
  ['2024-02-09', 'dunkirk', 1850],
  ['2024-02-21', 'navy-antilles', 2100],
  ['2024-02-27', 'le-havre', 3100],
  ['2024-03-12', 'le-havre', 1720],
  ['2024-03-20', 'pointe-a-pitre', 950],
  ['2024-03-26', 'roissy', 180],
  ['2024-04-04', 'navy-antilles', 2480],
  ['2024-04-17', 'le-havre', 2950],
  ['2024-04-25', 'marseille-fos', 1210],
  ['2024-05-07', 'dunkirk', 2600],
  ['2024-05-15', 'le-boulou', 320],
  ['2024-05-31', 'cayenne-airport', 385],
  ['2024-06-06', 'le-havre', 4100],
  ['2024-06-19', 'fort-de-france', 870],
  ['2024-06-27', 'navy-guiana', 1300],
  ['2024-07-10', 'le-havre', 1980],
  ['2024-07-24', 'dunkirk', 1450],
  ['2024-08-08', 'navy-antilles', 1650],
  ['2024-08-22', 'marseille-fos', 760],
  ['2024-09-05', 'le-havre', 2720],
  ['2024-09-18', 'dunkirk', 2050],
  ['2024-09-30', 'cayenne-airport', 430],
  ['2024-10-09', 'le-havre', 2300],
  ['2024-10-23', 'pointe-a-pitre', 1120],
  ['2024-10-28', 'le-boulou', 260],
  ['2024-11-13', 'dunkirk', 1530],
  ['2024-11-26', 'le-havre', 1235],
  // Outside the eleven months the minister counted: must not enter the 47 t.
  ['2024-12-12', 'le-havre', 1400],
];

const FRANCE_2023: SeizureRow[] = [
  ['2023-01-24', 'dunkirk', 900],
  ['2023-02-15', 'le-havre', 1900],
  ['2023-03-08', 'navy-antilles', 1400],
  ['2023-03-29', 'le-havre', 1500],
  ['2023-04-19', 'dunkirk', 1250],
  ['2023-05-11', 'marseille-fos', 820],
  ['2023-06-07', 'le-havre', 2600],
  ['2023-06-30', 'cayenne-airport', 360],
  ['2023-07-12', 'pointe-a-pitre', 700],
  ['2023-07-26', 'le-havre', 1800],
  ['2023-08-23', 'le-havre', 2100],
  ['2023-09-13', 'dunkirk', 1700],
  ['2023-09-27', 'navy-guiana', 950],
  ['2023-10-18', 'le-havre', 3050],
  ['2023-11-08', 'fort-de-france', 540],
  ['2023-11-21', 'le-boulou', 280],
  ['2023-12-14', 'le-havre', 1650],
];

function frenchSeizure([date, siteKey, kilograms]: SeizureRow): SeizureDraft {
  const site: SeizureSite = SITES[siteKey];
  const year = date.slice(0, 4);
  const withinPublishedWindow = year === '2023' || date < '2024-12-01';
  const consistency = withinPublishedWindow
    ? `Synthetic record consistent with the published ${year} total`
    : 'Synthetic record for December 2024, outside the published January-November 2024 total';
  return {
    external_id: `seed-seizure-fr-${date}-${siteKey}`,
    occurred: { date },
    place: site.place,
    agency: site.agency,
    drug: 'cocaine',
    quantity: { value: kilograms, unit: 'kg' },
    ...(site.vessel ? { vessel: site.vessel } : {}),
    route: site.route,
    description: `${consistency}; the date, site and quantity are invented. ${site.label}.`,
    sources: year === '2024' ? [TOTAL_2024_SOURCE, SYNTHETIC_MARKER] : [SYNTHETIC_MARKER],
  };
}

/** The US Coast Guard offload announced by the US Attorney General at Port Everglades on 9 April 2025. */
const US_ANNOUNCEMENT: SourceInput = {
  kind: 'official',
  title: 'US Department of Justice announcement of a $510 million narcotics seizure (Port Everglades)',
  published_at: '2025-04-09',
  reliability: 'A',
  credibility: 2,
};

const US_SEIZURES: SeizureDraft[] = [
  {
    external_id: 'seed-seizure-us-2025-04-09-sinaloa',
    occurred: { date: '2025-04-09' },
    place: { lat: -1.5, lon: -88.5, precision: 'country', country: 'EC' },
    agency: 'US Coast Guard',
    drug: 'cocaine',
    quantity: { value: 22_250, unit: 'lb' },
    value: { amount: 255_000_000, currency: 'USD' },
    vessel: 'go-fast boats and semi-submersibles (several interdictions)',
    route: 'Eastern Pacific, off Ecuador and the Galápagos, towards Central America and the United States',
    organisation: { name: 'Sinaloa', kind: 'cartel' },
    description:
      'Half of the cocaine offloaded by US Coast Guard cutters after thirteen interdictions off ' +
      'Peru, Ecuador and the Galápagos, announced on 9 April 2025 (dated on the announcement). Synthetic ' +
      'split: the announcement linked the whole haul (about 45,000 lb of cocaine and 3,800 lb of ' +
      'marijuana, about $510 million) to two cartels without dividing it between them.',
    sources: [US_ANNOUNCEMENT, SYNTHETIC_MARKER],
  },
  {
    external_id: 'seed-seizure-us-2025-04-09-jalisco',
    occurred: { date: '2025-04-09' },
    place: { lat: -6.0, lon: -83.0, precision: 'country', country: 'PE' },
    agency: 'US Coast Guard',
    drug: 'cocaine',
    quantity: { value: 22_250, unit: 'lb' },
    value: { amount: 255_000_000, currency: 'USD' },
    vessel: 'go-fast boats and semi-submersibles (several interdictions)',
    route: 'Eastern Pacific, off Peru, towards Central America and the United States',
    organisation: { name: 'Jalisco New Generation', kind: 'cartel' },
    description:
      'The other half of the same haul, attributed to the second cartel named in the ' +
      'announcement. Synthetic split of the published $510 million total; quantities and the division ' +
      'between the two records are invented.',
    sources: [US_ANNOUNCEMENT, SYNTHETIC_MARKER],
  },
];

export const SEED_SEIZURES: SeizureDraft[] = [
  ...FRANCE_2023.map(frenchSeizure),
  ...FRANCE_2024.map(frenchSeizure),
  ...US_SEIZURES,
];
