import type { Role } from '../core/shared/principal.ts';

/** The organisations of the demo; sharing follows the chain of command upwards. */
export const DEMO_ORGANISATIONS = [
  { key: 'national', name: 'Renseignement pénitentiaire national', kind: 'national_service' },
  { key: 'disp', name: 'DISP de Marseille', kind: 'directorate' },
  { key: 'toulon', name: 'CP Toulon-La Farlède', kind: 'facility' },
  { key: 'pnat', name: 'Parquet national antiterroriste', kind: 'external_agency' },
] as const;
export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/** [owner, partner]: the owner's AMBER records are readable by the partner's analysts and supervisors. */
export const DEMO_SHARES: Array<[DemoOrganisationKey, DemoOrganisationKey]> = [
  ['toulon', 'disp'],
  ['toulon', 'national'],
  ['disp', 'national'],
  ['national', 'disp'],
];

/** One account per role, invented names; passwords are generated and printed once. */
export const DEMO_USERS: Array<{
  username: string;
  display_name: string;
  role: Role;
  organisation: DemoOrganisationKey;
  compartments: Array<'STAFF'>;
}> = [
  {
    username: 'admin',
    display_name: 'Administratrice (démo)',
    role: 'admin',
    organisation: 'national',
    compartments: [],
  },
  {
    username: 'analyste',
    display_name: 'Claire Vasseur (fictive)',
    role: 'analyst',
    organisation: 'national',
    compartments: [],
  },
  {
    username: 'protection',
    display_name: 'Marc Delorme (fictif), protection des personnels',
    role: 'analyst',
    organisation: 'national',
    compartments: ['STAFF'],
  },
  {
    username: 'superviseur',
    display_name: 'Nadia Ferrand (fictive)',
    role: 'supervisor',
    organisation: 'disp',
    compartments: ['STAFF'],
  },
  {
    username: 'agent.toulon',
    display_name: 'Yanis Perrot (fictif)',
    role: 'reporter',
    organisation: 'toulon',
    compartments: [],
  },
  {
    username: 'enqueteur.pnat',
    display_name: 'Hélène Garnier (fictive)',
    role: 'investigator',
    organisation: 'pnat',
    compartments: [],
  },
];

/** STAFF details of the demo's threatened officers: invented people at invented addresses. */
export const DEMO_STAFF_DETAILS: Record<string, { name: string; role: string; home_address: string; notes: string }> = {
  nancy: {
    name: 'Julien Marchetti (fictif)',
    role: 'surveillant, MA de Nancy-Maxéville',
    home_address: '14 rue des Glycines, 54000 Nancy (adresse fictive)',
    notes: 'Menaces proférées devant son domicile; relogement temporaire proposé.',
  },
  villenoy: {
    name: 'Sophie Lambert (fictive)',
    role: 'surveillante, CP de Meaux-Chauconin-Neufmontiers',
    home_address: '3 allée des Peupliers, 77124 Villenoy (adresse fictive)',
    notes: "Engin incendiaire dans le hall de l'immeuble.",
  },
};
