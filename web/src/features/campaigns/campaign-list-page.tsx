import { detectionApi } from '../../api/detection-client.ts';
import { CAMPAIGN_STATES, type Campaign, type CampaignState } from '../../api/detection-types.ts';
import { PeriodControl, type Period } from '../../components/period-control.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { apiPeriod } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { AliasPanel } from './alias-panel.tsx';
import { ScoreBar, SignificanceLine, StateBadge, isAlarm, shownState } from './campaign-badges.tsx';
import { campaignSentence, plural, spanLabel } from './detection-text.ts';
import { useLoadMore } from '../../lib/use-load-more.ts';

const PAGE_SIZE = 50;
const SITES_SHOWN = 6;

/** The states chosen in the address (`state=active,confirmed`); all of them when absent. */
function statesFromQuery(query: URLSearchParams): CampaignState[] {
  const chosen = (query.get('state') ?? '')
    .split(',')
    .filter((s): s is CampaignState => (CAMPAIGN_STATES as readonly string[]).includes(s));
  return chosen.length ? chosen : [...CAMPAIGN_STATES];
}

/** The filters as the page names them, for a refusal to say which one it is about. */
const campaignFilterNames = () => ({ from: t('common.from'), to: t('common.to'), state: t('campaigns.filter.state') });

/** Campaigns found by the detection: period and state filters, one card each, the alias table below. */
export function CampaignListPage({ route }: { route: Route }) {
  useLang();
  const period: Period = { from: route.query.get('from') ?? undefined, to: route.query.get('to') ?? undefined };
  const states = statesFromQuery(route.query);
  const stateParam = states.length === CAMPAIGN_STATES.length ? undefined : states.join(',');
  const filters = { ...apiPeriod(period), state: stateParam };
  const key = JSON.stringify(filters);
  const first = useAsync(() => detectionApi.campaigns({ ...filters, limit: PAGE_SIZE }), [key]);
  const {
    items,
    hasMore,
    loadMore,
    loading: loadingMore,
    error: moreError,
  } = useLoadMore(
    first.data,
    (page) => page.items,
    (page) => page.next_offset,
    (offset) => detectionApi.campaigns({ ...filters, limit: PAGE_SIZE, offset }),
  );

  const go = (next: { period?: Period; states?: CampaignState[] }) => {
    const chosen = next.states ?? states;
    const p = next.period ?? period;
    navigate(
      '/campaigns',
      { from: p.from, to: p.to, state: chosen.length === CAMPAIGN_STATES.length ? undefined : chosen.join(',') },
      true,
    );
  };
  const toggle = (state: CampaignState) => {
    const next = states.includes(state) ? states.filter((s) => s !== state) : [...states, state];
    if (next.length) go({ states: CAMPAIGN_STATES.filter((s) => next.includes(s)) });
  };
  const filtered = !!(period.from || period.to || stateParam);
  return (
    <section class="page" aria-labelledby="campaigns-title">
      <div class="page__header">
        <h1 id="campaigns-title">{t('campaigns.title')}</h1>
        {first.data && (
          <p class="page__count" aria-live="polite">
            {plural(items.length, 'campaigns.count.one', 'campaigns.count.other')}
            {hasMore ? '+' : ''}
          </p>
        )}
      </div>
      <p class="hint">{t('campaigns.intro')}</p>
      <div class="filters">
        <PeriodControl idPrefix="campaigns" value={period} onChange={(next) => go({ period: next })} />
        <fieldset class="period state-filter">
          <legend>{t('campaigns.filter.state')}</legend>
          <div class="period__presets" role="group">
            {CAMPAIGN_STATES.map((state) => (
              <button
                key={state}
                type="button"
                class="chip"
                aria-pressed={states.includes(state)}
                data-state={state}
                onClick={() => toggle(state)}
              >
                {t(`campaigns.state.${state}` as MessageKey)}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && (
        <ErrorBanner error={first.error} fields={campaignFilterNames()} onRetry={first.reload} />
      )}
      {first.status === 'ready' && items.length === 0 && (
        <EmptyState>{filtered ? t('campaigns.emptyFilters') : t('campaigns.empty')}</EmptyState>
      )}
      {items.length > 0 && (
        <ul class="campaign-cards">
          {items.map((campaign) => (
            <li key={campaign.id}>
              <CampaignCard campaign={campaign} />
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <div class="list-footer">
          <span />
          <button type="button" class="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('common.loading') : t('list.loadMore')}
          </button>
        </div>
      )}
      {moreError && <ErrorBanner error={moreError} fields={campaignFilterNames()} onRetry={loadMore} />}
      <AliasPanel />
    </section>
  );
}

/** One campaign: its span, state and confidence, the sentence that explains it, its sites and its significance. */
function CampaignCard({ campaign }: { campaign: Campaign }) {
  const link = href(`/campaigns/${campaign.id}`);
  const shown = campaign.sites.slice(0, SITES_SHOWN);
  return (
    <article
      class={`campaign-card campaign-card--${shownState(campaign)}${isAlarm(campaign) ? ' campaign-card--alarm' : ''}`}
      data-testid="campaign-card"
      data-id={campaign.id}
      data-state={campaign.state}
      aria-labelledby={`campaign-${campaign.id}`}
    >
      <header class="campaign-card__header">
        <h2 id={`campaign-${campaign.id}`} class="campaign-card__title">
          <a href={link}>{t('campaign.title', { span: spanLabel(campaign.start, campaign.end) })}</a>
        </h2>
        <StateBadge campaign={campaign} />
        <span class="campaign-card__confidence">
          {t('campaign.confidence')} <ScoreBar value={campaign.confidence} label={t('campaign.confidence')} />
        </span>
      </header>
      <p class="campaign-card__explanation" data-testid="campaign-explanation">
        {campaignSentence(campaign)}
      </p>
      <SignificanceLine campaign={campaign} />
      <p class="campaign-card__sites">
        <span class="muted">
          {plural(campaign.sites.length, 'campaign.sites.one', 'campaign.sites.other')}
          {t('common.colon')}
        </span>
        {shown.map((site, index) => (
          <span key={site.id}>
            {index > 0 ? ', ' : ''}
            {site.name}
          </span>
        ))}
        {campaign.sites.length > shown.length && (
          <span> {t('campaign.sites.more', { count: campaign.sites.length - shown.length })}</span>
        )}
        {' · '}
        <span class="muted">
          {plural(campaign.member_ids.length, 'campaign.members.one', 'campaign.members.other')}
        </span>
      </p>
      {campaign.shared_signatures.length > 0 && (
        <p class="campaign-card__signatures">
          {campaign.shared_signatures.map((signature) => (
            <span key={signature.normalized} class="tag" title={t('campaign.sharedBy', { count: signature.count })}>
              {signature.text} ×{signature.count}
            </span>
          ))}
        </p>
      )}
      {campaign.state === 'dismissed' && campaign.dismissed_reason && (
        <p class="campaign-card__dismissed">{t('campaign.dismissedBecause', { reason: campaign.dismissed_reason })}</p>
      )}
    </article>
  );
}
