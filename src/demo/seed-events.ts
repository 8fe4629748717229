/**
 * The events of the seed article (CNN, April 2025: attacks on French prisons as drug gangs push back
 * against the anti-narcotics crackdown), written as Vigie interchange records for `vigie demo`.
 *
 * The article names Toulon, Villepinte, Nanterre, Aix-Luynes, Valence, Marseille and Nancy. The wider
 * press coverage of the same wave (nights of 13 to 16 April 2025) adds Agen, Réau, Nîmes, Tarascon and
 * staff homes near Meaux and Aix; those records say so in their description and carry a lower grade.
 * No person is named: staff, detainees and suspects stay anonymous, and so do ministers.
 */
import type { IncidentDraft } from '../core/incident/incident.schema.ts';
import type { SourceInput } from '../core/shared/common.schema.ts';

/** The seed article, relaying the account of the UFAP prison officers' union. */
const UFAP_VIA_CNN: SourceInput = {
  kind: 'press',
  title: 'CNN: French prisons attacked as narcos lash out in response to drug policy (relaying UFAP)',
  reliability: 'B',
  credibility: 2,
};

/** The justice minister's statement on X about intimidation of staff in several prisons. */
const MINISTER_STATEMENT: SourceInput = {
  kind: 'official',
  title: 'Justice minister statement on X about attacks on prison staff',
  published_at: '2025-04-15',
  reliability: 'A',
  credibility: 2,
};

/** French national and regional press coverage of the wave, citing police and prosecutors. */
function pressCoverage(published_at: string): SourceInput {
  return {
    kind: 'press',
    title: 'French press coverage of the April 2025 attacks on prisons (police and prosecutor sources)',
    published_at,
    reliability: 'B',
    credibility: 3,
  };
}

/** A prosecutor's statement as quoted in the press. */
function prosecutorStatement(published_at: string): SourceInput {
  return {
    kind: 'official',
    title: 'Local prosecutor statement quoted in the press',
    published_at,
    reliability: 'A',
    credibility: 2,
  };
}

const NO_CASUALTIES = { killed: 0, injured: 0 };

export const SEED_INCIDENTS: IncidentDraft[] = [
  {
    external_id: 'seed-2025-04-13-agen-enap',
    occurred: { night_of: '2025-04-13' },
    facility: 'fr-enap-agen',
    event_types: ['vehicle_arson'],
    target_kinds: ['training_school', 'staff_vehicle'],
    weapons: [],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage: 'Seven vehicles of trainees and one staff member burned or damaged in the school car park.',
    description:
      'First night of the wave, not in the seed article: cars parked at the national prison ' +
      'staff school were set on fire overnight.',
    status: 'reported',
    sources: [pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-13-reau',
    occurred: { night_of: '2025-04-13' },
    facility: 'fr-sud-francilien-cp',
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    weapons: ['accelerant'],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage: "One prison officer's car burned; traces of accelerant found on three other cars.",
    description:
      'Reported by the press for the same night as Agen, not in the seed article: a staff car ' +
      'burned near the Sud-Francilien prison at Réau and three more were doused.',
    status: 'reported',
    sources: [pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-nanterre',
    occurred: { start: '2025-04-14T19:30:00+02:00', end: '2025-04-14T20:30:00+02:00', precision: 'hour' },
    facility: 'fr-nanterre-cp',
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    weapons: ['fuel can'],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage: "One staff member's car burned.",
    description:
      'Early in the evening two people set fire to the car of an employee of the Nanterre prison; ' +
      'a petrol can was left behind. No tag was reported at this scene.',
    status: 'reported',
    sources: [UFAP_VIA_CNN, pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-nimes',
    occurred: { start: '2025-04-14T21:00:00+02:00', end: '2025-04-14T21:30:00+02:00', precision: 'hour' },
    facility: 'fr-nimes-ma',
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    weapons: ['fuel can'],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage: 'One vehicle burned in front of the prison.',
    description:
      'Not in the seed article: three people set a car alight with petrol cans in front of the ' +
      'Nîmes prison and ran off, according to CCTV described by a police source.',
    status: 'reported',
    sources: [pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-valence',
    occurred: { start: '2025-04-14T21:30:00+02:00', end: '2025-04-14T22:00:00+02:00', precision: 'hour' },
    facility: 'fr-valence-cp',
    event_types: ['vehicle_arson', 'graffiti'],
    target_kinds: ['staff_vehicle'],
    weapons: ['accelerant'],
    signatures: [
      { kind: 'tag', text: 'DDPF' },
      { kind: 'vehicle_description', text: 'electric scooter' },
    ],
    casualties: NO_CASUALTIES,
    damage: "Two prison officers' cars burned in a public car park next to the prison.",
    description:
      'A single person arriving on an electric scooter painted the letters in red on the ground, ' +
      "set fire to two officers' cars, filmed the blaze and left.",
    status: 'reported',
    sources: [UFAP_VIA_CNN, pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-villepinte',
    occurred: { start: '2025-04-14T22:00:00+02:00', end: '2025-04-14T22:30:00+02:00', precision: 'hour' },
    facility: 'fr-villepinte-ma',
    event_types: ['vehicle_arson', 'graffiti'],
    target_kinds: ['staff_vehicle'],
    weapons: ['fuel can'],
    signatures: [{ kind: 'tag', text: 'D.D.P.F' }],
    casualties: NO_CASUALTIES,
    damage: 'Three vehicles burned in the prison car park, two of them belonging to prison officers.',
    description:
      'Two people entered the car park on CCTV and set three cars on fire; a five-litre fuel ' +
      'can was found. The union reports the letters on a burned vehicle.',
    status: 'reported',
    sources: [UFAP_VIA_CNN, pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-aix-luynes',
    occurred: { night_of: '2025-04-14' },
    facility: 'fr-aix-luynes-cp',
    event_types: ['vehicle_arson', 'arson', 'graffiti'],
    target_kinds: ['staff_vehicle', 'facility'],
    weapons: ['accelerant'],
    signatures: [{ kind: 'tag', text: 'ddpf' }],
    casualties: NO_CASUALTIES,
    damage: 'Two vehicles burned; the door of the regional intervention team base set on fire.',
    description:
      'Vehicles burned on the prison car park and the gate of the regional intervention and ' +
      'security team (ERIS) targeted. Tag in lower case on a vehicle.',
    status: 'reported',
    sources: [UFAP_VIA_CNN, pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-marseille',
    occurred: { night_of: '2025-04-14' },
    facility: 'fr-marseille-cp',
    event_types: ['attempted_arson', 'graffiti'],
    target_kinds: ['facility'],
    weapons: [],
    signatures: [{ kind: 'tag', text: 'DDPM' }],
    casualties: NO_CASUALTIES,
    description:
      'The article reports an attempted arson in Marseille without naming the site; it is ' +
      'recorded against the main Marseille establishment (Les Baumettes). Press reports mention ' +
      'vehicles damaged and tagged in the city, one of them set on fire, with letters read as a variant ' +
      'of the DDPF tag.',
    status: 'reported',
    sources: [UFAP_VIA_CNN, pressCoverage('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-14-toulon',
    occurred: { start: '2025-04-15T00:30:00+02:00', end: '2025-04-15T01:00:00+02:00', precision: 'hour' },
    facility: 'fr-toulon-la-farlede-cp',
    event_types: ['gunfire', 'graffiti'],
    target_kinds: ['facility'],
    weapons: ['automatic rifle (Kalashnikov type)'],
    signatures: [{ kind: 'tag', text: 'DDFM' }],
    casualties: NO_CASUALTIES,
    damage:
      'About fifteen impacts on the entrance gate; one round went through the metal and hit the ' +
      'glass of the gatehouse. A little over ten cartridge cases recovered.',
    description:
      'Late in the night of 14 to 15 April several people arrived by car and fired a military ' +
      'automatic weapon at the entrance of the Toulon-La Farlède prison. Four red letters were painted ' +
      'on the gate, read as a variant of the DDPF tag found elsewhere. The prosecutor opened an inquiry ' +
      'for attempted murder of persons holding public authority; the national anti-terrorism ' +
      'prosecutor later took over the investigation of the wave.',
    status: 'verified',
    sources: [UFAP_VIA_CNN, MINISTER_STATEMENT, prosecutorStatement('2025-04-15')],
  },
  {
    external_id: 'seed-2025-04-nancy-staff-home',
    occurred: { start: '2025-04-13T18:00:00+02:00', end: '2025-04-16T08:00:00+02:00', precision: 'approx' },
    place: { lat: 48.6921, lon: 6.1844, precision: 'commune', commune: 'Nancy', department: '54', country: 'FR' },
    event_types: ['threat'],
    target_kinds: ['staff_home'],
    weapons: [],
    signatures: [],
    casualties: NO_CASUALTIES,
    description:
      'A prison officer working at the Nancy-Maxéville prison was threatened at his home in the ' +
      'Nancy area during the wave. The article gives neither the night nor the commune: the place is ' +
      'the centre of Nancy and the time spans the nights of 13 to 16 April.',
    status: 'reported',
    sources: [UFAP_VIA_CNN],
  },
  {
    external_id: 'seed-2025-04-15-tarascon',
    occurred: { at: '2025-04-16T05:20:00+02:00' },
    facility: 'fr-tarascon-cd',
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    weapons: [],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage:
      "Three vehicles burned in the fenced, code-locked staff car park: one officer's car, one " +
      "contractor's vehicle and one not yet identified. At least two points of origin.",
    description:
      'Not in the seed article: before dawn on 16 April three vehicles burned in the staff car ' +
      'park of the Tarascon prison. The prosecutor said no inscription was found.',
    status: 'reported',
    sources: [prosecutorStatement('2025-04-16'), pressCoverage('2025-04-16')],
  },
  {
    external_id: 'seed-2025-04-15-villenoy-staff-home',
    occurred: { night_of: '2025-04-15' },
    place: { lat: 48.9497, lon: 2.8627, precision: 'commune', commune: 'Villenoy', department: '77', country: 'FR' },
    event_types: ['arson', 'graffiti'],
    target_kinds: ['staff_home'],
    weapons: ['incendiary device', 'fuel can'],
    signatures: [{ kind: 'tag', text: 'DDPF' }],
    casualties: NO_CASUALTIES,
    damage: 'Fire in the entrance hall of a residential building.',
    description:
      'Not in the seed article: an incendiary device was thrown into the hall of the building ' +
      'where an officer of the Meaux-Chauconin-Neufmontiers prison lives; a fuel can was found and the ' +
      'letters were written in red on a wall.',
    status: 'reported',
    sources: [pressCoverage('2025-04-16')],
  },
  {
    external_id: 'seed-2025-04-15-aix-luynes-staff-car',
    occurred: { night_of: '2025-04-15' },
    facility: 'fr-aix-luynes-cp',
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle', 'staff_home'],
    weapons: [],
    signatures: [],
    casualties: NO_CASUALTIES,
    damage: 'One car burned.',
    description:
      'Not in the seed article: the car of an officer of the Aix-Luynes prison burned in front ' +
      'of his home; the commune was not published, so the record names the prison he works at.',
    status: 'reported',
    sources: [pressCoverage('2025-04-16')],
  },
  {
    external_id: 'seed-2024-05-14-incarville',
    occurred: { date: '2024-05-14' },
    place: { lat: 49.2372, lon: 1.1717, precision: 'commune', commune: 'Incarville', department: '27', country: 'FR' },
    event_types: ['transport_ambush', 'gunfire', 'escape'],
    target_kinds: ['transport'],
    weapons: ['automatic rifles'],
    signatures: [],
    casualties: { killed: 2, injured: 3 },
    damage: 'Prison transport convoy rammed and fired on at a motorway toll plaza.',
    description:
      'A prison transport taking a detainee back from a court hearing was ambushed by an armed ' +
      'commando at the Incarville toll plaza (Eure). Two prison officers were killed and three injured; ' +
      'the detainee escaped. The "February" of the seed article is the month of his recapture abroad ' +
      '(2025); the ambush itself took place on 14 May 2024.',
    status: 'verified',
    sources: [
      {
        kind: 'official',
        title: 'Ministry of Justice statement on the Incarville ambush',
        published_at: '2024-05-14',
        reliability: 'A',
        credibility: 1,
      },
      UFAP_VIA_CNN,
    ],
  },
];
