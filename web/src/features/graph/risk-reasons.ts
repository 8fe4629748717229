import { RISK_FACTORS, type DetaineeProfile } from '../../api/actors-types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';

/** The factors graded 2 or 3, highest first, in the reader's language (the server's reasons are in English). */
export function riskReasons(profile: DetaineeProfile): string[] {
  return RISK_FACTORS.filter((name) => profile[name] >= 2)
    .sort((a, b) => profile[b] - profile[a])
    .map((name) => `${t(`riskFactor.${name}` as MessageKey)} ${profile[name]}/3`);
}
