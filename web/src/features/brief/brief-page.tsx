import { useRef, useState } from 'preact/hooks';
import { inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { getLang, type Lang, t, useLang } from '../../i18n/i18n.ts';
import { addDays, dateLabel, dateTimeLabel, today } from '../../lib/dates.ts';
import { navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Pager } from '../alerts/alert-badges.tsx';
import { type ArchivedBrief, briefApi, type LiveBrief } from './brief-api.ts';

const PAGE_SIZE = 10;
/**
 * The app's CSP (inherited by a srcdoc frame) forbids inline styles: the frame takes the brief's
 * stylesheet from the API instead of its `<style>` block. The mailed and archived document keeps it inline.
 */
const framed = (html: string) =>
  html.replace(/<style>[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/api/briefs/brief.css">');

/** Nothing to read for the day yet: no incident in its last 24 hours, no open alert, no overdue task, no seizure. */
const isQuiet = (brief: LiveBrief | ArchivedBrief) =>
  'incidents' in brief &&
  brief.incidents.last_24h === 0 &&
  brief.alerts.total === 0 &&
  brief.overdue_tasks.total === 0 &&
  brief.seizures.length === 0;

/**
 * `#/brief?date=&lang=&archive=&q=&page=`: the daily brief built for the reader (a date picker),
 * shown as the same self-contained HTML that is mailed and printed, and the searchable archive.
 */
export function BriefPage({ route }: { route: Route }) {
  useLang();
  const q = route.query;
  const date = q.get('date') ?? today();
  const lang: Lang = q.get('lang') === 'en' ? 'en' : q.get('lang') === 'fr' ? 'fr' : getLang();
  const archiveId = q.get('archive') ?? '';
  const search = q.get('q') ?? '';
  const page = Math.max(0, Number(q.get('page') ?? 0) || 0);
  const [searchText, setSearchText] = useState(search);
  const frame = useRef<HTMLIFrameElement>(null);
  const go = (next: Record<string, string | undefined>) =>
    navigate(
      '/brief',
      {
        date: q.get('date') ?? undefined,
        lang: q.get('lang') ?? undefined,
        q: search || undefined,
        archive: archiveId || undefined,
        ...next,
      },
      true,
    );
  const brief = useAsync<LiveBrief | ArchivedBrief>(
    () => (archiveId ? briefApi.archived(archiveId) : briefApi.live(date, lang)),
    [archiveId, date, lang],
  );
  const archive = useAsync(() => briefApi.archive(search, PAGE_SIZE, page * PAGE_SIZE), [search, page]);
  const markdownUrl =
    brief.status === 'ready'
      ? `data:text/markdown;charset=utf-8,${encodeURIComponent(brief.data.markdown)}`
      : undefined;

  return (
    <section class="page brief-page" aria-labelledby="brief-title">
      <h1 id="brief-title">{t('brief.title')}</h1>
      <p class="hint">{t('brief.intro')}</p>
      <div class="brief-controls">
        <div class="field">
          <label for="brief-date">{t('brief.date')}</label>
          <input
            id="brief-date"
            type="date"
            value={date}
            max={today()}
            onChange={(event) => go({ date: inputValue(event) || undefined, archive: undefined })}
          />
        </div>
        <div class="field">
          <label for="brief-lang">{t('brief.language')}</label>
          <select
            id="brief-lang"
            value={lang}
            onChange={(event) => go({ lang: inputValue(event), archive: undefined })}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <button
          type="button"
          class="button"
          disabled={brief.status !== 'ready'}
          onClick={() => frame.current?.contentWindow?.print()}
        >
          {t('brief.print')}
        </button>
        <a
          class="button"
          data-testid="brief-pdf"
          href={
            archiveId
              ? `/api/briefs/${encodeURIComponent(archiveId)}?format=pdf`
              : `/api/briefs/live?date=${encodeURIComponent(date)}&lang=${lang}&format=pdf`
          }
          download={`brief-${date}-${lang}.pdf`}
        >
          {t('brief.pdf')}
        </a>
        {markdownUrl && (
          <a
            class="button"
            href={markdownUrl}
            download={`brief-${brief.status === 'ready' ? brief.data.date : date}.md`}
          >
            {t('brief.markdown')}
          </a>
        )}
      </div>
      {brief.status === 'loading' && <Loading />}
      {brief.status === 'error' && <ErrorBanner error={brief.error} onRetry={brief.reload} />}
      {brief.status === 'ready' && !archiveId && isQuiet(brief.data) && (
        <EmptyState>
          <span data-testid="brief-quiet">
            {date === today() ? t('brief.quiet.today') : t('brief.quiet.day', { date: dateLabel(date) })}
          </span>{' '}
          <button
            type="button"
            class="button button--small"
            data-testid="brief-previous"
            onClick={() => go({ date: addDays(date, -1), archive: undefined })}
          >
            {t('brief.quiet.previous')}
          </button>{' '}
          {archive.data?.items[0] && (
            <button
              type="button"
              class="button button--small"
              data-testid="brief-latest"
              onClick={() => go({ archive: archive.data?.items[0]?.id })}
            >
              {t('brief.quiet.latest')}
            </button>
          )}
        </EmptyState>
      )}
      {brief.status === 'ready' && (
        <iframe
          ref={frame}
          class="brief-frame"
          data-testid="brief-frame"
          title={t('brief.frameTitle', { date: brief.data.date })}
          srcDoc={framed(brief.data.html)}
          sandbox="allow-same-origin allow-modals"
        />
      )}
      <section aria-labelledby="brief-archive-title" class="brief-archive">
        <h2 id="brief-archive-title">{t('brief.archive.title')}</h2>
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            go({ q: searchText || undefined, page: undefined });
          }}
        >
          <label for="brief-search">{t('brief.archive.search')}</label>{' '}
          <input
            id="brief-search"
            type="search"
            value={searchText}
            onInput={(event) => setSearchText(inputValue(event))}
          />
        </form>
        {archive.status === 'loading' && <Loading />}
        {archive.status === 'error' && <ErrorBanner error={archive.error} onRetry={archive.reload} />}
        {archive.status === 'ready' && archive.data.items.length === 0 && (
          <EmptyState>
            <span data-testid="brief-archive-empty">{t('brief.archive.empty')}</span>
          </EmptyState>
        )}
        {archive.status === 'ready' && archive.data.items.length > 0 && (
          <>
            <ul class="brief-archive__list" data-testid="brief-archive">
              {archive.data.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    class="button button--small"
                    aria-current={item.id === archiveId ? 'true' : undefined}
                    onClick={() => go({ archive: item.id })}
                  >
                    {item.title}
                  </button>{' '}
                  <span class="hint">{t('brief.generated', { at: dateTimeLabel(item.generated_at) })}</span>
                </li>
              ))}
            </ul>
            <Pager
              page={page}
              pages={Math.max(1, Math.ceil(archive.data.total / PAGE_SIZE))}
              onPage={(next) => go({ page: next ? String(next) : undefined })}
            />
          </>
        )}
      </section>
    </section>
  );
}
