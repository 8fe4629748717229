import type { Candidate } from '../../api/review-types.ts';
import { getLang, label, locale, t, type MessageKey } from '../../i18n/i18n.ts';
import { occurredInputLabel } from '../../lib/dates.ts';

/** A date or date-time as the reader writes it. */
export function shortDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The label of an evidence field: "event_types.1" is "Event type". */
export function fieldLabel(field: string): string {
  const key = `candidate.field.${field.split('.')[0]}` as MessageKey;
  return t(key) === key ? field : t(key);
}

/**
 * One line that says what a candidate is: where, when, what, in the reader's words. The draft names
 * its facility by id: `facilityNames` words it (the site is left out while the names load).
 */
export function candidateSummary(
  candidate: Pick<Candidate, 'kind' | 'draft'>,
  facilityNames: ReadonlyMap<string, string> | undefined,
): string {
  const draft = candidate.draft as {
    facility?: string;
    place?: { commune?: string };
    occurred?: Record<string, unknown>;
    event_types?: string[];
    drug?: string;
    quantity?: { value: number; unit: string };
  };
  const when = draft.occurred ? occurredInputLabel(draft.occurred) : '';
  const facility = draft.facility && facilityNames ? (facilityNames.get(draft.facility) ?? draft.facility) : undefined;
  const where = draft.facility ? facility : draft.place?.commune;
  const drugKey = `seizures.drugName.${draft.drug}` as MessageKey;
  const drug = draft.drug && t(drugKey) !== drugKey ? t(drugKey) : draft.drug;
  const quantity = draft.quantity ? `${draft.quantity.value.toLocaleString(locale())} ${draft.quantity.unit}` : '';
  const what =
    candidate.kind === 'incident'
      ? (draft.event_types ?? []).map((type) => label('event_type', type)).join(', ')
      : [drug, quantity].filter(Boolean).join(' ');
  return [where, when, what].filter(Boolean).join(' · ');
}

/** An extractor's remark on a candidate in the reader's language, from its code; a remark of no known form in English only. */
export function noteText(note: string, words: { code: string; params: Record<string, unknown> } | undefined): string {
  const p = words?.params ?? {};
  switch (words?.code) {
    case 'note.date_from_publication':
      return t('candidate.note.dateFromPublication', { date: shortDate(String(p.date)) });
    case 'note.week_before_publication':
      return t('candidate.note.weekBeforePublication');
    case 'note.dated_on_publication':
      return t('candidate.note.datedOnPublication');
    case 'note.commune_place':
      return t('candidate.note.communePlace', { commune: String(p.commune), department: String(p.department) });
    case 'note.signature_elsewhere':
      return t('candidate.note.signatureElsewhere', { signatures: String(p.signatures) });
    default:
      return getLang() === 'en' ? note : t('candidate.note.other');
  }
}
