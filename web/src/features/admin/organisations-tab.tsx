import { useEffect, useState } from 'preact/hooks';
import { adminApi } from '../../api/access-client.ts';
import { ApiError } from '../../api/http.ts';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../api/types.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { FieldErrors } from '../incident-form/form-model.ts';

/** The organisations, whom each shares its AMBER records with (a checkbox per partner), and the form that adds one. */
export function OrganisationsTab() {
  const loaded = useAsync(() => adminApi.organisations(), []);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.data) setOrganisations(loaded.data.items);
  }, [loaded.data]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;

  const setShared = (ownerId: string, partnerId: string, shared: boolean) =>
    setOrganisations((current) =>
      current.map((item) =>
        item.id !== ownerId
          ? item
          : {
              ...item,
              shares_with: shared
                ? [...item.shares_with.filter((id) => id !== partnerId), partnerId]
                : item.shares_with.filter((id) => id !== partnerId),
            },
      ),
    );
  // Optimistic: the box shows its new state at once (a controlled checkbox would otherwise snap back while the request
  // runs), and goes back if the server refuses.
  const share = (owner: Organisation, partner: Organisation, shared: boolean) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    setShared(owner.id, partner.id, shared);
    adminApi
      .setSharing(owner.id, partner.id, shared)
      .then(
        () => setNotice(t(shared ? 'orgs.shared' : 'orgs.unshared', { owner: owner.name, partner: partner.name })),
        (failure: Error) => {
          setShared(owner.id, partner.id, !shared);
          setError(failure);
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <>
      <p class="hint">{t('orgs.sharing.hint')}</p>
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {organisations.length === 0 ? (
        <EmptyState>{t('orgs.empty')}</EmptyState>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="organisations-table">
            <thead>
              <tr>
                <th scope="col">{t('orgs.col.name')}</th>
                <th scope="col">{t('orgs.col.kind')}</th>
                <th scope="col">{t('orgs.col.shares')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((owner) => {
                const partners = organisations.filter((partner) => partner.id !== owner.id);
                return (
                  <tr key={owner.id} data-testid="organisation-row">
                    <th scope="row">{owner.name}</th>
                    <td>{label('organisation_kind', owner.kind)}</td>
                    <td>
                      {partners.length === 0 ? (
                        <span class="muted">{t('orgs.noPartner')}</span>
                      ) : (
                        <div class="shares">
                          {partners.map((partner) => (
                            <label
                              key={partner.id}
                              class="checkbox"
                              title={t('orgs.shareLabel', { owner: owner.name, partner: partner.name })}
                            >
                              <input
                                type="checkbox"
                                disabled={busy}
                                checked={owner.shares_with.includes(partner.id)}
                                aria-label={t('orgs.shareLabel', { owner: owner.name, partner: partner.name })}
                                onChange={(event) =>
                                  share(owner, partner, (event.currentTarget as HTMLInputElement).checked)
                                }
                              />
                              {partner.name}
                            </label>
                          ))}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <OrganisationForm
        onCreated={(organisation) => {
          setOrganisations((current) => [...current, organisation]);
          setError(undefined);
          setNotice(t('orgs.created', { name: organisation.name }));
        }}
      />
    </>
  );
}

function OrganisationForm({ onCreated }: { onCreated: (organisation: Organisation) => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('facility');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const errors = new FieldErrors(error instanceof ApiError ? error.details : []);
  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    adminApi
      .addOrganisation({ name: name.trim(), kind })
      .then((organisation) => {
        setName('');
        onCreated(organisation);
      }, setError)
      .finally(() => setSubmitting(false));
  };
  return (
    <form
      class="form-section admin-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="org-form-title"
      data-testid="organisation-form"
    >
      <h2 id="org-form-title">{t('orgs.add')}</h2>
      {error && <ErrorBanner error={error} />}
      <div class="form-grid">
        <Field id="org-name" label={t('orgs.name')} errors={errors.for('name')} class="field--grow">
          {(aria) => <input {...aria} type="text" value={name} onInput={(e) => setName(inputValue(e))} />}
        </Field>
        <Field id="org-kind" label={t('orgs.kind')} errors={errors.for('kind')}>
          {(aria) => (
            <select {...aria} value={kind} onChange={(e) => setKind(inputValue(e) as OrganisationKind)}>
              {ORGANISATION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {label('organisation_kind', value)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={submitting}>
          {t('orgs.submit')}
        </button>
      </div>
    </form>
  );
}
