import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { detectionApi } from '../../api/detection-client.ts';
import type { Campaign, CampaignDecision, CampaignDetail } from '../../api/detection-types.ts';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { canDecide, useUser } from '../auth/session.ts';
import { ScoreBar, StateBadge } from './campaign-badges.tsx';
import { numberMembers } from './campaign-members.ts';
import { CampaignMap } from './campaign-map.tsx';
import { CampaignTimeline } from './campaign-timeline.tsx';
import { DecisionHistory, DecisionPanel } from './decision-panel.tsx';
import { AddToCase } from '../cases/add-to-case.tsx';
import { campaignSentence, spanLabel } from './detection-text.ts';
import { LinkGraph, LinkTable } from './link-graph.tsx';
import { MembersTable } from './members-table.tsx';
import { ProbableMembers } from './probable-members.tsx';
import { SignificanceBlock } from './significance-block.tsx';

interface Loaded {
  campaign?: CampaignDetail;
  error?: Error;
  loading: boolean;
}

/** How long a decision's notice stays on screen. */
const NOTICE_MS = 10_000;

/**
 * A campaign: why its incidents belong together, how surprising it is, its members on a map, by
 * night and as a link graph, and the analyst's decisions. After a decision the campaign is read
 * again (the server clusters it anew); a split or a merge may make it disappear.
 */
export function CampaignPage({ id }: { id: string }) {
  useLang();
  const user = useUser();
  const [loaded, setLoaded] = useState<Loaded>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [decisionError, setDecisionError] = useState<Error>();
  const [secondGroup, setSecondGroup] = useState<Set<string>>(new Set());
  const [others, setOthers] = useState<Campaign[]>();

  useEffect(() => {
    let live = true;
    setLoaded((current) => ({ ...current, loading: true, error: undefined }));
    detectionApi.campaign(id).then(
      (campaign) => {
        if (live) setLoaded({ campaign, loading: false });
      },
      (error: Error) => {
        if (live) setLoaded({ loading: false, error });
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const campaign = loaded.campaign;
  const deciding = !!campaign && canDecide(user) && !campaign.hidden_members;
  useEffect(() => {
    if (!deciding) return;
    detectionApi.allCampaigns({ state: 'active,confirmed' }).then(
      (all) => setOthers(all.filter((other) => other.id !== id)),
      () => setOthers([]),
    );
  }, [deciding, id, attempt]);

  // The notice sticks to the top of the screen (styles-detection.css) so that a decision taken far down
  // the page is answered where it was taken; it goes after a while so as not to cover the page for good.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const members = useMemo(() => numberMembers(campaign?.members ?? []), [campaign]);

  const decide = (decision: CampaignDecision, done: string) => {
    setBusy(true);
    setNotice(undefined);
    setDecisionError(undefined);
    detectionApi
      .decide(id, decision)
      .then(() => {
        setNotice(done);
        setSecondGroup(new Set());
        setAttempt((n) => n + 1);
      }, setDecisionError)
      .finally(() => setBusy(false));
  };

  const endAlarm = (alarm: string, reason: string) => {
    setBusy(true);
    setNotice(undefined);
    setDecisionError(undefined);
    detectionApi
      .endAlarm(alarm, reason)
      .then(() => {
        setNotice(t('alarms.end.done'));
        setAttempt((n) => n + 1);
      }, setDecisionError)
      .finally(() => setBusy(false));
  };

  if (!campaign) {
    if (loaded.loading)
      return (
        <section class="page">
          <Loading />
        </section>
      );
    const gone = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <section class="page">
        {notice && <InfoBanner>{notice}</InfoBanner>}
        {gone ? (
          <InfoBanner>{t('campaign.gone')}</InfoBanner>
        ) : (
          <ErrorBanner error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        <p>
          <a href={href('/campaigns')}>← {t('campaign.back')}</a>
        </p>
      </section>
    );
  }

  return (
    <article
      class="page campaign"
      aria-labelledby="campaign-title"
      data-testid="campaign-page"
      data-state={campaign.state}
    >
      <p>
        <a href={href('/campaigns')}>← {t('campaign.back')}</a>
      </p>
      <header class="campaign__header">
        <h1 id="campaign-title">{t('campaign.title', { span: spanLabel(campaign.start, campaign.end) })}</h1>
        <p class="incident__subtitle">
          <StateBadge campaign={campaign} />{' '}
          <span class="campaign-card__confidence">
            {t('campaign.confidence')} <ScoreBar value={campaign.confidence} label={t('campaign.confidence')} />
          </span>
        </p>
        <p class="campaign__explanation" data-testid="campaign-explanation">
          {campaignSentence(campaign)}
        </p>
        {campaign.state === 'dismissed' && (
          <p class="campaign__dismissed" data-testid="dismissed-reason">
            {t('campaign.dismissedBecause', { reason: campaign.dismissed_reason ?? t('common.none') })}
          </p>
        )}
        {campaign.shared_signatures.length > 0 && (
          <p>
            {campaign.shared_signatures.map((signature) => (
              <span key={signature.normalized} class="tag" title={t('campaign.sharedBy', { count: signature.count })}>
                {signature.text} ×{signature.count}
              </span>
            ))}
          </p>
        )}
      </header>
      <div class="campaign__notices">
        {notice && <InfoBanner>{notice}</InfoBanner>}
        {decisionError && <ErrorBanner error={decisionError} />}
      </div>
      {loaded.loading && <Loading />}

      <div class="campaign__grid">
        <SignificanceBlock campaign={campaign} onEndAlarm={deciding ? endAlarm : undefined} />
        <section class="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('timeline.title')}</h2>
          <CampaignTimeline members={members} />
        </section>
      </div>

      <section class="panel" aria-labelledby="map-title">
        <h2 id="map-title">{t('campaign.map')}</h2>
        <CampaignMap members={members} links={campaign.links} />
      </section>

      <section class="panel" aria-labelledby="graph-title">
        <h2 id="graph-title">{t('linkGraph.title')}</h2>
        <LinkGraph members={members} links={campaign.links} />
        <details class="link-table">
          <summary>{t('graph.table.show', { count: campaign.links.length })}</summary>
          <LinkTable members={members} links={campaign.links} />
        </details>
      </section>

      <section class="panel" aria-labelledby="members-title">
        <h2 id="members-title">{t('campaign.members')}</h2>
        {campaign.hidden_members && <p class="hint">{t('campaign.hiddenMembers')}</p>}
        <MembersTable
          members={members}
          busy={busy}
          secondGroup={secondGroup}
          onSecondGroup={setSecondGroup}
          decide={
            deciding ? (incident) => decide({ kind: 'exclude', incident }, t('decision.done.exclude')) : undefined
          }
        />
      </section>

      <ProbableMembers
        probable={campaign.probable_members ?? []}
        search={campaign.probable_search ?? null}
        busy={busy}
        decide={deciding ? decide : undefined}
      />

      {deciding && (
        <DecisionPanel campaign={campaign} others={others} secondGroup={secondGroup} busy={busy} decide={decide} />
      )}
      {!deciding && canDecide(user) && campaign.hidden_members && <p class="hint">{t('decision.hidden')}</p>}
      <DecisionHistory decisions={campaign.decisions} userId={user.id} />
      <AddToCase type="campaign" itemId={campaign.id} />
    </article>
  );
}
