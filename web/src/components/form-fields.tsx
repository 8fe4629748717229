import type { ComponentChildren } from 'preact';

/** The messages the server gave for a field, linked to it by `aria-describedby`. */
export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} class="field__error" data-testid="field-error">
      {messages.join(' · ')}
    </p>
  );
}

/** A labelled field with its hint and its errors; the control gets the right ARIA attributes from `control`. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  class: className,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  children: (aria: ControlAria) => ComponentChildren;
  class?: string;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', errors.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${errors.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

export interface ControlAria {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A group of checkboxes in a fieldset, e.g. the event types. */
export function CheckboxGroup({
  id,
  legend,
  options,
  value,
  onChange,
  errors,
}: {
  id: string;
  legend: string;
  options: Array<[string, string]>;
  value: string[];
  onChange: (value: string[]) => void;
  errors: string[];
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      class={`checkboxes${errors.length ? ' field--invalid' : ''}`}
      aria-describedby={errors.length ? errorId : undefined}
      aria-invalid={errors.length ? true : undefined}
    >
      <legend>{legend}</legend>
      <div class="checkboxes__grid">
        {options.map(([code, text]) => (
          <label key={code} class="checkbox">
            <input
              type="checkbox"
              name={id}
              value={code}
              checked={value.includes(code)}
              onChange={(event) => {
                const checked = (event.currentTarget as HTMLInputElement).checked;
                onChange(checked ? [...value, code] : value.filter((item) => item !== code));
              }}
            />
            {text}
          </label>
        ))}
      </div>
      <FieldError id={errorId} messages={errors} />
    </fieldset>
  );
}

export const inputValue = (event: Event) =>
  (event.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
