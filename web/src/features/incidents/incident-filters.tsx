import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Facility, IncidentFilters, Reference } from '../../api/types.ts';
import { FacilityPicker } from '../../components/facility-picker.tsx';
import { PeriodControl } from '../../components/period-control.tsx';
import { lastDays, OPENING_DAYS } from '../../lib/opening-period.ts';
import { label, t } from '../../i18n/i18n.ts';

export const FILTER_KEYS = [
  'from',
  'to',
  'facility',
  'department',
  'directorate',
  'event_type',
  'target_kind',
  'signature',
  'status',
] as const;

/** The filters read from the address (`#/incidents?status=verified&from=2025-04-01`); the period is read by `periodFromAddress`. */
export function filtersFromQuery(query: URLSearchParams): IncidentFilters {
  const filters: IncidentFilters = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The filters' names as the panel shows them, for a refusal of the server to say which one it is about. */
export const filterNames = (): Record<string, string> => ({
  from: t('common.from'),
  to: t('common.to'),
  facility: t('list.filter.facility'),
  department: t('list.filter.department'),
  directorate: t('list.filter.directorate'),
  event_type: t('list.filter.eventType'),
  target_kind: t('list.filter.targetKind'),
  signature: t('list.filter.signature'),
  status: t('list.filter.status'),
});

interface Props {
  reference: Reference;
  filters: IncidentFilters;
  onChange: (filters: IncidentFilters) => void;
}

/** The filter panel of the incident list; every change goes to the address. */
export function IncidentFilterPanel({ reference, filters, onChange }: Props) {
  const set = (key: keyof IncidentFilters, value: string | undefined) =>
    onChange({ ...filters, [key]: value || undefined });
  const [facility, setFacility] = useState<Facility | null>(null);
  const [signature, setSignature] = useState(filters.signature ?? '');

  // The address holds a facility id: fetch its name to show it in the picker.
  useEffect(() => {
    if (!filters.facility) {
      setFacility(null);
      return;
    }
    if (facility?.id === filters.facility) return;
    api.facility(filters.facility).then(setFacility, () => setFacility(null));
  }, [filters.facility]);

  useEffect(() => {
    setSignature(filters.signature ?? '');
  }, [filters.signature]);

  // Typing a signature filters after a short pause, not at every key.
  useEffect(() => {
    if (signature === (filters.signature ?? '')) return;
    const timer = setTimeout(() => set('signature', signature.trim()), 400);
    return () => clearTimeout(timer);
  }, [signature]);

  const departments = filters.directorate
    ? reference.departments.filter((department) => department.directorate_code === filters.directorate)
    : reference.departments;

  return (
    <form class="filters" role="search" aria-label={t('list.filters')} onSubmit={(event) => event.preventDefault()}>
      <PeriodControl
        idPrefix="filter"
        value={{ from: filters.from, to: filters.to }}
        onChange={(period) => onChange({ ...filters, from: period.from, to: period.to })}
      />
      <div class="filters__grid">
        <div class="field">
          <label for="filter-facility">{t('list.filter.facility')}</label>
          <FacilityPicker
            id="filter-facility"
            value={facility}
            onSelect={(chosen) => {
              setFacility(chosen);
              if (chosen || filters.facility) set('facility', chosen?.id);
            }}
          />
        </div>
        <Select
          id="filter-directorate"
          label={t('list.filter.directorate')}
          value={filters.directorate}
          options={reference.directorates.map((d) => [d.code, d.name])}
          onChange={(value) => set('directorate', value)}
        />
        <Select
          id="filter-department"
          label={t('list.filter.department')}
          value={filters.department}
          options={departments.map((d) => [d.code, `${d.code} — ${d.name}`])}
          onChange={(value) => set('department', value)}
        />
        <Select
          id="filter-event-type"
          label={t('list.filter.eventType')}
          value={filters.event_type}
          options={reference.event_types.map((v) => [v, label('event_type', v)])}
          onChange={(value) => set('event_type', value)}
        />
        <Select
          id="filter-target-kind"
          label={t('list.filter.targetKind')}
          value={filters.target_kind}
          options={reference.target_kinds.map((v) => [v, label('target_kind', v)])}
          onChange={(value) => set('target_kind', value)}
        />
        <Select
          id="filter-status"
          label={t('list.filter.status')}
          value={filters.status}
          options={reference.statuses.map((v) => [v, label('status', v)])}
          onChange={(value) => set('status', value)}
        />
        <div class="field">
          <label for="filter-signature">{t('list.filter.signature')}</label>
          <input
            id="filter-signature"
            type="search"
            value={signature}
            onInput={(event) => setSignature((event.currentTarget as HTMLInputElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') set('signature', signature.trim());
            }}
          />
        </div>
      </div>
      <button type="button" class="button button--ghost" onClick={() => onChange({ ...lastDays(OPENING_DAYS) })}>
        {t('common.reset')}
      </button>
    </form>
  );
}

function Select({
  id,
  label: text,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value?: string;
  options: Array<[string, string]>;
  onChange: (value: string | undefined) => void;
}) {
  // A comma list in the address (several values) that the select cannot show stays as an extra option.
  const extra = value && !options.some(([code]) => code === value) ? [[value, value] as [string, string]] : [];
  return (
    <div class="field">
      <label for={id}>{text}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{t('common.all')}</option>
        {[...extra, ...options].map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
