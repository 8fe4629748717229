import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../components/status.tsx';
import { t } from '../i18n/i18n.ts';

/**
 * The page `name` of the module that `load` imports (`lazyPage(() => import('./x-page.tsx'), 'XPage')`),
 * its code fetched the first time it is shown, so that the app's first download holds
 * only the shell: maplibre and cytoscape, a megabyte and a half, come with the pages that draw a map
 * or a graph. While the page's chunk loads, the app's usual `Loading` shows (tests wait for it to go);
 * a chunk that cannot be fetched (the server was updated and the old build's files are gone) says so
 * in the reader's language and offers to reload, which fetches the new build.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): FunctionComponent<PropsOf<M[K]>> {
  return lazyComponent(() => load().then((module) => module[name] as ComponentType<PropsOf<M[K]>>));
}

/** The props of a page component. */
type PropsOf<C> = C extends ComponentType<infer P> ? P & object : never;

function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchPage = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined; // a later visit tries again
        throw error;
      },
    );
    return pending;
  };

  return function LazyPage(props: P) {
    const [state, setState] = useState<{ page?: ComponentType<P>; failed?: boolean }>({ page: loaded });
    useEffect(() => {
      if (state.page) return;
      let current = true;
      fetchPage().then(
        (page) => current && setState({ page }),
        () => current && setState({ failed: true }),
      );
      return () => {
        current = false;
      };
    }, []);
    const Page = state.page ?? loaded;
    if (Page) return <Page {...props} />;
    return (
      <section class="page">
        {state.failed ? (
          <div class="banner banner--error" role="alert">
            <span>{t('app.chunkFailed')}</span>
            <button type="button" class="button button--small" onClick={() => location.reload()}>
              {t('app.reload')}
            </button>
          </div>
        ) : (
          <Loading />
        )}
      </section>
    );
  };
}
