import { detectionApi } from '../../api/detection-client.ts';
import type { Campaign } from '../../api/detection-types.ts';
import type { Incident } from '../../api/types.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { label, t } from '../../i18n/i18n.ts';
import { dateLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { EvidenceChips, ScoreBar, StateBadge } from '../campaigns/campaign-badges.tsx';
import { campaignSentence, linkSentence, nightsBetween, spanLabel } from '../campaigns/detection-text.ts';

/** The campaigns this incident belongs to: those overlapping its time that list it as a member. */
async function campaignsOf(incident: Incident): Promise<Campaign[]> {
  const all = await detectionApi.allCampaigns({ from: incident.occurred.start, to: incident.occurred.end });
  return all.filter((campaign) => campaign.member_ids.includes(incident.id));
}

/** "Liens": the incidents this one is linked to, strongest first, and the campaigns it belongs to. */
export function IncidentLinks({ incident }: { incident: Incident }) {
  const links = useAsync(() => detectionApi.incidentLinks(incident.id), [incident.id, incident.version]);
  const campaigns = useAsync(() => campaignsOf(incident), [incident.id, incident.version]);
  return (
    <section class="incident__section" aria-labelledby="links-title" data-testid="incident-links">
      <h2 id="links-title">{t('links.title')}</h2>
      {campaigns.data && campaigns.data.length > 0 && (
        <div class="incident-campaigns" data-testid="incident-campaigns">
          <h3>{t('links.campaigns')}</h3>
          <ul>
            {campaigns.data.map((campaign) => (
              <li key={campaign.id}>
                <a href={href(`/campaigns/${campaign.id}`)}>
                  {t('campaign.title', { span: spanLabel(campaign.start, campaign.end) })}
                </a>{' '}
                <StateBadge campaign={campaign} />
                <div class="muted">{campaignSentence(campaign)}</div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {links.status === 'loading' && <Loading />}
      {links.status === 'error' && <ErrorBanner error={links.error} onRetry={links.reload} />}
      {links.data && links.data.items.length === 0 && <p class="muted">{t('links.none')}</p>}
      {links.data && links.data.items.length > 0 && (
        <ul class="links">
          {links.data.items.map((link) => {
            const other = link.other;
            const where = other.facility_name ?? other.commune ?? t('common.none');
            return (
              <li key={other.id} class="links__item" data-testid="incident-link" data-other={other.id}>
                <div class="links__head">
                  <ScoreBar value={link.score} label={t('links.col.score')} />
                  <a href={href(`/incidents/${other.id}`)}>
                    {other.event_types.map((type) => label('event_type', type)).join(', ')} · {where} ·{' '}
                    {dateLabel(other.occurred_start)}
                  </a>
                </div>
                <EvidenceChips evidence={link.evidence} />
                <p class="links__explanation">
                  {linkSentence(link, nightsBetween(incident.occurred.start, other.occurred_start))}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
