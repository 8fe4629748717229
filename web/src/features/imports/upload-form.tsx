import { useRef, useState } from 'preact/hooks';
import { errorText, issueText } from '../../api/error-words.ts';
import { ApiError } from '../../api/http.ts';
import type { ErrorDetail } from '../../api/types.ts';
import { IMPORT_KINDS, importsApi, type ImportJob, type ImportKind } from '../../api/imports-client.ts';
import { FieldError } from '../../components/form-fields.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { sizeLabel } from './import-job-item.tsx';

// Two invented incidents in the interchange format, offered as a starting point.
const EXAMPLE = [
  {
    external_id: 'exemple-2025-04-15-toulon',
    occurred: { night_of: '2025-04-14' },
    facility: 'Toulon-La Farlède',
    event_types: ['gunfire', 'graffiti'],
    target_kinds: ['facility'],
    signatures: [{ kind: 'tag', text: 'D.D.P.F' }],
    description: 'Tirs sur la porte principale depuis une voiture ; tag peint sur la porte.',
  },
  {
    external_id: 'exemple-2025-04-16-nancy',
    occurred: { date: '2025-04-16' },
    place: { lat: 48.69, lon: 6.18, precision: 'commune', commune: 'Nancy', department: '54' },
    event_types: ['vehicle_arson'],
    target_kinds: ['staff_vehicle'],
    description: 'Véhicule d’un surveillant incendié devant son domicile.',
  },
];
const EXAMPLE_HREF = `data:application/x-ndjson;charset=utf-8,${encodeURIComponent(`${EXAMPLE.map((row) => JSON.stringify(row)).join('\n')}\n`)}`;

/** The fields a refusal names: `kind` goes under the kind, everything else (body: the file itself, format, name) under the file. */
function errorsByField(error: ApiError): { kind: string[]; file: string[] } {
  const kind = error.details.filter((d) => d.path === 'kind').map(issueText);
  // a detail without a code of its own (the file's size or format) is worded from the refusal's code
  const worded = (d: ErrorDetail) => (d.code ? issueText(d) : errorText(error));
  const file = error.details
    .filter((d) => d.path !== 'kind')
    .map((d) =>
      d.path
        ? t('imports.fieldError', { field: d.path === 'body' ? t('imports.file') : d.path, message: worded(d) })
        : worded(d),
    );
  if (kind.length === 0 && file.length === 0) file.push(errorText(error));
  return { kind, file };
}

/** Choose or drop a file and what it holds; the server queues it (202) or names what it refuses. */
export function UploadForm({ onQueued }: { onQueued: (job: ImportJob) => void }) {
  const [kind, setKind] = useState<ImportKind>('incident');
  const [file, setFile] = useState<File>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; kind: string[]; file: string[] }>();
  const [queued, setQueued] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  const choose = (next: File | undefined) => {
    setFile(next);
    setRefusal(undefined);
    setQueued(undefined);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!file) {
      setRefusal({ message: t('imports.noFile'), kind: [], file: [t('imports.noFile')] });
      return;
    }
    setBusy(true);
    setRefusal(undefined);
    setQueued(undefined);
    importsApi
      .upload(file, kind)
      .then(
        (job) => {
          setQueued(t('imports.queued', { name: job.file_name }));
          setFile(undefined);
          if (input.current) input.current.value = '';
          onQueued(job);
        },
        (error: unknown) => {
          const message = error instanceof Error ? errorText(error) : String(error);
          setRefusal({ message, ...(error instanceof ApiError ? errorsByField(error) : { kind: [], file: [] }) });
        },
      )
      .finally(() => setBusy(false));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer?.files[0];
    if (dropped) choose(dropped);
  };

  return (
    <form class="import-form" onSubmit={submit} noValidate data-testid="import-form">
      {refusal && (
        <div class="banner banner--error" role="alert" data-testid="import-refusal">
          {t('imports.refused', { message: refusal.message })}
        </div>
      )}
      {queued && (
        <div class="banner banner--info" role="status" data-testid="import-queued">
          {queued}
        </div>
      )}
      <fieldset class="import-form__kind" aria-describedby={refusal?.kind.length ? 'import-kind-error' : undefined}>
        <legend>{t('imports.kind')}</legend>
        {IMPORT_KINDS.map((value) => (
          <label key={value} class="checkbox">
            <input
              type="radio"
              name="import-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              data-testid={`import-kind-${value}`}
            />{' '}
            {t(`imports.kind.${value}` as MessageKey)}
          </label>
        ))}
        <FieldError id="import-kind-error" messages={refusal?.kind ?? []} />
      </fieldset>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for the mouse; the file input inside it is the keyboard path */}
      <div
        class={`import-drop${dragging ? ' import-drop--over' : ''}${refusal?.file.length ? ' field--invalid' : ''}`}
        data-testid="import-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for="import-file">{t('imports.drop')}</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,.ndjson,.jsonl,.csv,application/json,text/csv"
          data-testid="import-file"
          aria-invalid={refusal?.file.length ? true : undefined}
          aria-describedby={`import-formats${refusal?.file.length ? ' import-file-error' : ''}`}
          onChange={(event) => choose((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        {file && (
          <p class="import-drop__chosen" data-testid="import-chosen">
            {t('imports.chosen', { name: file.name, size: sizeLabel(file.size) })}
          </p>
        )}
        <FieldError id="import-file-error" messages={refusal?.file ?? []} />
      </div>
      <p id="import-formats" class="hint">
        {t('imports.formats')}{' '}
        <a href={EXAMPLE_HREF} download="exemple-incidents.ndjson" data-testid="import-example">
          {t('imports.example')}
        </a>
      </p>
      <button type="submit" class="button button--primary" disabled={busy} data-testid="import-submit">
        {busy ? t('imports.sending') : t('imports.submit')}
      </button>
    </form>
  );
}
