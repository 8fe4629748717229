// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox pattern (list options reached by aria-activedescendant)
// biome-ignore-all lint/a11y/useFocusableInteractive: focus stays in the combobox input, as the ARIA pattern wants
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Facility } from '../api/types.ts';
import { label, t } from '../i18n/i18n.ts';

interface Props {
  id: string;
  value: Facility | null;
  onSelect: (facility: Facility | null) => void;
  /** Told of the text as typed, for a caller that accepts a name without a pick. */
  onText?: (text: string) => void;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A combobox (WAI-ARIA pattern) that finds a facility by name or alias as the user types:
 * "Toulon" offers "Centre pénitentiaire de Toulon-La Farlède".
 */
export function FacilityPicker({ id, value, onSelect, onText, invalid, describedBy }: Props) {
  const [text, setText] = useState(value?.name ?? '');
  const [options, setOptions] = useState<Facility[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState(false);
  const listId = `${id}-options`;
  const latest = useRef(0);

  useEffect(() => {
    setText(value?.name ?? '');
  }, [value?.id]);

  useEffect(() => {
    const query = text.trim();
    if (!open || query.length < 2 || (value && value.name === text)) {
      setOptions([]);
      setSearched(false);
      return;
    }
    const run = ++latest.current;
    const timer = setTimeout(() => {
      api.facilities({ q: query, limit: 10 }).then(
        (page) => {
          if (run !== latest.current) return;
          setOptions(page.items);
          setActive(page.items.length ? 0 : -1);
          setSearched(true);
        },
        () => {
          if (run === latest.current) {
            setOptions([]);
            setSearched(true);
          }
        },
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [text, open]);

  const choose = (facility: Facility) => {
    onSelect(facility);
    setText(facility.name);
    setOpen(false);
    setOptions([]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((index) => (index - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && (options.length > 0 || searched);
  return (
    <div class="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          setOpen(true);
          onText?.(next);
          if (value && next !== value.name) onSelect(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      {expanded && (
        <ul id={listId} role="listbox" class="combobox__list">
          {options.length === 0 && (
            <li class="combobox__empty" role="presentation">
              {t('form.facility.none')}
            </li>
          )}
          {options.map((facility, index) => (
            <li
              key={facility.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'combobox__option is-active' : 'combobox__option'}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(facility);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span class="combobox__name">{facility.name}</span>
              <span class="combobox__meta">
                {label('facility_kind', facility.kind)} · {facility.commune ?? ''}
                {facility.department ? ` (${facility.department.code})` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
