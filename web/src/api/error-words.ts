/**
 * The server's refusals in the reader's language (issue 17, item 3). The API names each problem
 * with a stable code and parameters beside its English message; the app words the code. A code it
 * does not know yet shows the server's English message on an English page, and a plain "refused"
 * on a French one, never English there.
 */
import { en } from '../i18n/en.ts';
import { getLang, label, t, type MessageKey } from '../i18n/i18n.ts';
import { ApiError } from './http.ts';
import type { ErrorDetail } from './types.ts';

const known = (key: string): key is MessageKey => key in en;
const text = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/** One field's problem, from its code: "Date attendue au format AAAA-MM-JJ." */
export function issueText(detail: Pick<ErrorDetail, 'message' | 'code' | 'params'>): string {
  const params = detail.params ?? {};
  const code = detail.code ?? '';
  if (code === 'invalid_choice' && Array.isArray(params.values) && params.values.length <= 6) {
    return t('validation.invalid_choice.among', { values: params.values.map(String).join(', ') });
  }
  const byOrigin = `validation.${code}.${String(params.origin ?? '')}`;
  const key = known(byOrigin) ? byOrigin : `validation.${code}`;
  if (known(key)) {
    return t(
      key,
      Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          name === 'kind' ? label('signature_kind', String(value)) : text(value),
        ]),
      ),
    );
  }
  return getLang() === 'en' ? detail.message : t('validation.generic');
}

/**
 * A refusal or a failure as one sentence in the reader's language. `fields` names the fields of a
 * page that has no field under which to show a problem (a list's filters): each problem then says
 * which one it is about.
 */
export function errorText(error: Error | string | undefined, fields?: Readonly<Record<string, string>>): string {
  if (error === undefined) return '';
  if (typeof error === 'string') return error;
  if (!(error instanceof ApiError)) return error.message;
  if (error.code === 'network') return error.message;
  if (error.code === 'account_locked') {
    const until = error.details.find((detail) => detail.params?.until)?.params?.until;
    if (until)
      return t('error.code.account_locked', {
        until: new Date(String(until)).toLocaleTimeString(getLang() === 'fr' ? 'fr-FR' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        }),
      });
  }
  const key = `error.code.${error.code}`;
  if (known(key) && error.code !== 'account_locked') return t(key);
  if (error.code === 'invalid_input' && error.details.length > 0)
    return error.details
      .map((detail) => {
        // a list's value is refused by its index ('severity.0'): named by its field
        const field = fields?.[detail.path] ?? fields?.[detail.path.split('.')[0]];
        if (!field) return issueText(detail);
        // the field's own control offers its choices: the server's list of them would show raw codes
        const { values: _values, ...params } = detail.params ?? {};
        return t('error.field', { field, problem: issueText({ ...detail, params }) });
      })
      .join(' ');
  return getLang() === 'en' ? error.message : t('error.refused', { status: error.status });
}
