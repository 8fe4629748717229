import type { Alarm, CampaignDetail } from '../../api/detection-types.ts';
import { getLang, t, type MessageKey } from '../../i18n/i18n.ts';
import { alarmWordsText } from './detection-words.ts';
import { dateLabel, dateTimeLabel } from '../../lib/dates.ts';
import { capitalize } from './campaign-badges.tsx';
import { formatNumber, pValueLabel, plural, recurrenceSentence, untestedReason } from './detection-text.ts';

const windowLabel = (start: string, end: string) =>
  t('date.range', { start: dateTimeLabel(start), end: dateTimeLabel(end) });

/**
 * How surprising the campaign is at the usual rates of its sites: the Poisson scan (p-value,
 * recurrence, window, observed against expected, per site) and the Hawkes test of cross-site
 * excitation. Withheld when the reader cannot read every member.
 */
export function SignificanceBlock({
  campaign,
  onEndAlarm,
}: {
  campaign: CampaignDetail;
  onEndAlarm?: (alarm: string, reason: string) => void;
}) {
  const significance = campaign.significance;
  return (
    <section class="panel significance" aria-labelledby="significance-title" data-testid="significance-block">
      <h2 id="significance-title">{t('significance.title')}</h2>
      {campaign.hidden_members || (significance && 'withheld' in significance) ? (
        <div class="staff__notice significance__withheld" role="note" data-testid="significance-withheld">
          <p class="staff__notice-title">{t('significance.withheld')}</p>
          <p>{t('significance.withheld.detail')}</p>
        </div>
      ) : !significance ? (
        <p class="muted">{t('significance.pending')}</p>
      ) : !significance.tested ? (
        <p class="muted">{t('significance.untested', { reason: untestedReason(significance.reason) })}</p>
      ) : (
        <>
          <p class="significance__sentence" data-testid="significance">
            {capitalize(
              significance.wave
                ? recurrenceSentence(significance.wave.recurrence_years, significance.wave.p_value)
                : recurrenceSentence(significance.poisson_scan.recurrence_years, significance.poisson_scan.p_value),
            )}
            .
          </p>
          {significance.wave && (
            <p class="muted" data-testid="wave-verdict">
              {t('significance.verdict', {
                method: t(`alarms.method.${significance.wave.method}` as MessageKey),
                p: pValueLabel(significance.wave.p_value),
                e: formatNumber(significance.wave.evaluations_per_year, 0),
              })}
            </p>
          )}
          <dl class="fields">
            {significance.signature_burst && (
              <div class="fields__row">
                <dt>{t('significance.signature')}</dt>
                <dd data-testid="signature-burst">
                  {pValueLabel(significance.signature_burst.p_value)} ·{' '}
                  {t('significance.signature.value', {
                    signature: significance.signature_burst.signature,
                    sites: formatNumber(significance.signature_burst.sites, 0),
                    days: plural(
                      significance.signature_burst.window_days,
                      'significance.days.one',
                      'significance.days.other',
                    ),
                    carriers: formatNumber(significance.signature_burst.background_carriers, 0),
                    background: formatNumber(significance.signature_burst.background_days, 0),
                  })}
                </dd>
              </div>
            )}
            <div class="fields__row">
              <dt>{t('significance.pvalue')}</dt>
              <dd>
                <span class="pvalue" data-testid="p-value">
                  {pValueLabel(significance.poisson_scan.p_value)}
                </span>{' '}
                <span class="muted">
                  {t('significance.replications', { n: formatNumber(significance.poisson_scan.replications, 0) })}
                </span>
              </dd>
            </div>
            <div class="fields__row">
              <dt>{t('significance.window')}</dt>
              <dd>
                {windowLabel(significance.poisson_scan.window.start, significance.poisson_scan.window.end)}{' '}
                <span class="muted">
                  ({plural(significance.poisson_scan.window.days, 'significance.days.one', 'significance.days.other')})
                </span>
              </dd>
            </div>
            <div class="fields__row">
              <dt>{t('significance.observedExpected')}</dt>
              {/* The scan counts the incidents of its most unusual window only: say so, beside the campaign's own places, so the figures agree. */}
              <dd data-testid="observed-expected">
                {t('significance.observedInWindow', {
                  observed: formatNumber(significance.poisson_scan.observed, 0),
                  expected: formatNumber(significance.poisson_scan.expected),
                  sites: formatNumber(significance.poisson_scan.sites.length, 0),
                  total: formatNumber(campaign.facts?.sites ?? campaign.sites.length, 0),
                })}
              </dd>
            </div>
            <div class="fields__row">
              <dt>{t('significance.hawkes')}</dt>
              <dd data-testid="hawkes">
                {significance.hawkes ? (
                  <>
                    {pValueLabel(significance.hawkes.p_value)} ·{' '}
                    {t('significance.hawkes.value', {
                      statistic: formatNumber(significance.hawkes.statistic, 1),
                      method: significance.hawkes.method,
                    })}
                  </>
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
            <div class="fields__row">
              <dt>{t('significance.evaluatedAt')}</dt>
              <dd>{dateTimeLabel(significance.evaluated_at)}</dd>
            </div>
          </dl>
          {significance.poisson_scan.sites.length > 0 && (
            <div class="table-wrap significance__sites">
              <table class="table table--compact">
                <caption class="visually-hidden">{t('significance.sites')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('incident.facility')}</th>
                    <th scope="col">{t('significance.observed')}</th>
                    <th scope="col">{t('significance.expected')}</th>
                  </tr>
                </thead>
                <tbody>
                  {significance.poisson_scan.sites.map((site) => (
                    <tr key={site.site_id}>
                      <td>{campaign.sites.find((s) => s.id === site.site_id)?.name ?? site.site_id}</td>
                      <td>{formatNumber(site.observed, 0)}</td>
                      <td>{formatNumber(site.expected, 3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <details class="significance__details">
            <summary>{t('significance.method')}</summary>
            <p>{t('significance.method.text')}</p>
            {/* the server's own sentences are English: shown to English readers only (the figures above say the same in French) */}
            {getLang() === 'en' && (
              <>
                <p class="muted">{significance.poisson_scan.explanation}</p>
                {significance.signature_burst && <p class="muted">{significance.signature_burst.explanation}</p>}
                {significance.hawkes && <p class="muted">{significance.hawkes.explanation}</p>}
              </>
            )}
          </details>
        </>
      )}
      {campaign.alarms.length > 0 && <AlarmList alarms={campaign.alarms} onEnd={onEndAlarm} />}
    </section>
  );
}

/** The campaign's alarms: each stands until a person ends it, updated by later evidence meanwhile. */
function AlarmList({ alarms, onEnd }: { alarms: Alarm[]; onEnd?: (alarm: string, reason: string) => void }) {
  return (
    <>
      <h3>{t('alarms.title')}</h3>
      <ul class="alarms" data-testid="alarms">
        {alarms.map((alarm) => (
          <li key={alarm.id} data-state={alarm.state} data-testid="alarm">
            <strong>{t(alarm.state === 'ended' ? 'alarms.state.ended' : 'alarms.state.standing')}</strong>
            {' · '}
            {t(`alarms.method.${alarm.method}` as MessageKey)}
            <p class="alarm__explanation" data-testid="alarm-explanation">
              {capitalize(alarmWordsText(alarm, recurrenceSentence))}
            </p>
            <span class="muted">
              {' '}
              · {t('alarms.strongestWindow', { window: windowLabel(alarm.window.start, alarm.window.end) })}
            </span>
            <span class="muted"> · {t('alarms.raisedAt', { date: dateLabel(alarm.raised_at) })}</span>
            {(alarm.updates?.length ?? 0) > 1 && (
              <span class="muted">
                {' '}
                ·{' '}
                {t('alarms.updated', {
                  count: alarm.updates.length - 1,
                  date: dateLabel(alarm.updates[alarm.updates.length - 1].at),
                })}
              </span>
            )}
            {alarm.state === 'ended' && alarm.ended && (
              <p data-testid="alarm-ended">
                {t('alarms.endedBecause', {
                  date: alarm.ended.at ? dateLabel(alarm.ended.at) : '',
                  reason: alarm.ended.reason ?? '',
                })}
              </p>
            )}
            {alarm.state === 'standing' && onEnd && <EndAlarmForm onEnd={(reason) => onEnd(alarm.id, reason)} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function EndAlarmForm({ onEnd }: { onEnd: (reason: string) => void }) {
  return (
    <form
      class="alarm__end"
      data-testid="end-alarm"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
        if (reason.length >= 3) onEnd(reason);
      }}
    >
      <label>
        {t('alarms.end.reason')} <input name="reason" required minLength={3} maxLength={2000} />
      </label>
      <button type="submit">{t('alarms.end.submit')}</button>
    </form>
  );
}
