/** Posture levels: how guarded a site, a directorate or the whole country is, from the lowest. */
export const POSTURE_LEVELS = ['normal', 'reinforced', 'high', 'maximal'] as const;
export type PostureLevel = (typeof POSTURE_LEVELS)[number];
export const POSTURE_SCOPES = ['national', 'directorate', 'site'] as const;
export type PostureScope = (typeof POSTURE_SCOPES)[number];
export const POSTURE_STATES = ['proposed', 'active', 'superseded', 'expired', 'rejected'] as const;

export const levelRank = (level: string) => POSTURE_LEVELS.indexOf(level as PostureLevel);

/** How long a level proposed by a rule lasts once accepted, unless a supervisor says otherwise. */
export const PROPOSAL_DAYS = 7;
