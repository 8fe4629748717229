import { useEffect, useRef, useState } from 'preact/hooks';
import { importsApi, isActive, type ImportJob } from '../../api/imports-client.ts';

export const PAGE_SIZE = 20;
/** How often the page asks again while a job it shows is queued or running (the stream may be off). */
const POLL_MS = 2000;

type Page = { items: ImportJob[]; total: number };
export type JobsState =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: Page; error?: Error }
  | { status: 'error'; data?: undefined; error: Error };

/**
 * The job of a stream message: `import_job.updated` sent as its own event with the job as data, or as
 * a notification whose `data` (or `payload`) is the job. Anything else is not for this page.
 */
export function jobFromMessage(text: string): ImportJob | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const message = parsed as { type?: unknown; data?: unknown; payload?: unknown };
  if (typeof message.type === 'string' && message.type !== 'import_job.updated') return undefined;
  const looksLikeJob = (value: unknown): value is ImportJob => {
    const job = value as Partial<ImportJob> | null;
    return (
      typeof job === 'object' &&
      job !== null &&
      typeof job.id === 'string' &&
      typeof job.state === 'string' &&
      typeof job.file_name === 'string'
    );
  };
  return [message.payload, message.data, parsed].find(looksLikeJob);
}

/**
 * A job as an event tells it, over the line shown: the event may carry the stored row, whose
 * `created_by` is the user's id where the API gives `{ id, username }` (and whose size may be a string).
 */
export function mergeJob(shown: ImportJob, incoming: ImportJob): ImportJob {
  return {
    ...shown,
    ...incoming,
    size_bytes: Number(incoming.size_bytes ?? shown.size_bytes),
    created_by: incoming.created_by && typeof incoming.created_by === 'object' ? incoming.created_by : shown.created_by,
    problems: Array.isArray(incoming.problems) ? incoming.problems : shown.problems,
  };
}

/**
 * A page just read, keeping the lines the stream already showed ended: a request sent before a job
 * ended may answer after its event, and an ended job never runs again.
 */
function keepEnded(shown: Page, read: Page): Page {
  const ended = new Map(shown.items.filter((job) => !isActive(job)).map((job) => [job.id, job]));
  return { ...read, items: read.items.map((job) => (isActive(job) && ended.get(job.id)) || job) };
}

/**
 * One page of import jobs, newest first, kept fresh: a job announced on the live stream replaces its
 * line (a new one reloads the first page), and while a shown job is queued or running the page is
 * asked again every 2 s.
 */
export function useImportJobs(page: number): JobsState & { reload: () => void; replace: (job: ImportJob) => void } {
  const [state, setState] = useState<JobsState>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = () => setTick((n) => n + 1);
  const current = useRef({ page, items: [] as ImportJob[] });
  current.current = { page, items: state.data?.items ?? [] };

  useEffect(() => {
    setState({ status: 'loading' });
  }, [page]);
  useEffect(() => {
    let live = true;
    importsApi.list({ limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
      (data) => {
        if (live)
          setState((previous) => ({
            status: 'ready',
            data: previous.status === 'ready' ? keepEnded(previous.data, data) : data,
          }));
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        // A failed refresh keeps the lines shown (and a new object, so polling goes on).
        if (live)
          setState((previous) =>
            previous.status === 'ready' ? { ...previous, error: failure } : { status: 'error', error: failure },
          );
      },
    );
    return () => {
      live = false;
    };
  }, [page, tick]);

  const active = state.data?.items.some(isActive) ?? false;
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [state, active]);

  const replace = (job: ImportJob) => {
    if (!current.current.items.some((item) => item.id === job.id)) {
      if (current.current.page === 0) reload();
      return;
    }
    setState((previous) =>
      previous.status !== 'ready'
        ? previous
        : {
            ...previous,
            data: {
              ...previous.data,
              items: previous.data.items.map((item) => (item.id === job.id ? mergeJob(item, job) : item)),
            },
          },
    );
  };

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/stream');
    const onMessage = (event: MessageEvent<string>) => {
      const job = jobFromMessage(event.data);
      if (job) replace(job);
    };
    source.addEventListener('notification', onMessage);
    source.addEventListener('import_job.updated', onMessage);
    return () => source.close();
    // replace reads the current page through the ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { ...state, reload, replace };
}
