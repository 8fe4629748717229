import { useState } from 'preact/hooks';
import type { User } from '../api/types.ts';
import { canAdminister, canAudit, canDecide } from '../features/auth/session.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { href } from '../lib/router.ts';

export interface NavItem {
  path: string;
  key: MessageKey;
}
interface NavGroup {
  key: MessageKey;
  items: NavItem[];
}

/**
 * The navigation a user sees, in groups that follow the work: the situation, incoming incidents, the
 * response, investigations, and administration. Each role sees only the pages it can use.
 */
export function navGroups(user: User): NavGroup[] {
  const decide = canDecide(user);
  const groups: Array<{ key: MessageKey; items: Array<NavItem | false> }> = [
    {
      key: 'navGroup.situation',
      items: [
        { path: '/map', key: 'nav.map' },
        { path: '/brief', key: 'nav.brief' },
        { path: '/campaigns', key: 'nav.campaigns' },
        { path: '/seizures', key: 'nav.seizures' },
      ],
    },
    {
      key: 'navGroup.incidents',
      items: [
        { path: '/incidents', key: 'nav.incidents' },
        { path: '/review', key: 'nav.review' },
        decide && { path: '/feeds', key: 'nav.feeds' },
        { path: '/sources', key: 'nav.sources' },
        { path: '/incidents/new', key: 'nav.new' },
        { path: '/imports', key: 'nav.imports' },
      ],
    },
    {
      key: 'navGroup.response',
      items: [
        decide && { path: '/alerts', key: 'nav.alerts' },
        decide && { path: '/tasks', key: 'nav.tasks' },
        decide && { path: '/posture', key: 'nav.posture' },
        { path: '/escorts', key: 'nav.escorts' },
      ],
    },
    {
      key: 'navGroup.investigation',
      items: [
        { path: '/cases', key: 'nav.cases' },
        { path: '/graph', key: 'nav.graph' },
        decide && { path: '/detainees', key: 'nav.detainees' },
        { path: '/fugitives', key: 'nav.fugitives' },
      ],
    },
    {
      key: 'navGroup.admin',
      items: [
        canAudit(user) && { path: '/webhooks', key: 'nav.webhooks' },
        canAdminister(user)
          ? { path: '/admin', key: 'nav.admin' }
          : canAudit(user) && { path: '/admin/audit', key: 'nav.audit' },
      ],
    },
  ];
  return groups
    .map((group) => ({ key: group.key, items: group.items.filter((item): item is NavItem => item !== false) }))
    .filter((group) => group.items.length > 0);
}

/** The navigation entry a path belongs to. */
export function sectionOf(path: string): string {
  if (path === '/incidents/new') return path;
  const prefixes: Array<[string, string]> = [
    ['/incidents', '/incidents'],
    ['/admin', '/admin'],
    ['/campaigns', '/campaigns'],
    ['/review', '/review'],
    ['/alert', '/alerts'],
    ['/escorts', '/escorts'],
    ['/fugitives', '/fugitives'],
    ['/cases', '/cases'],
    ['/actors', '/graph'],
  ];
  return prefixes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? path;
}

/**
 * The grouped navigation bar under the header: every entry stays visible, the groups make it
 * scannable. On a narrow screen it folds behind a menu button (closed by default, closed again once
 * an entry is chosen) so the page starts above the fold.
 */
export function MainNav({ groups, section }: { groups: NavGroup[]; section: string }) {
  const [open, setOpen] = useState(false);
  return (
    <nav class={`main-nav${open ? ' main-nav--open' : ''}`} aria-label={t('nav.label')}>
      <button
        type="button"
        class="main-nav__menu"
        aria-expanded={open}
        aria-controls="main-nav-groups"
        data-testid="nav-menu"
        onClick={() => setOpen(!open)}
      >
        <span class="main-nav__burger" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: one delegated listener closes the menu when a link inside is followed; links fire click on Enter too */}
      <ul
        class="main-nav__groups"
        id="main-nav-groups"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
      >
        {groups.map((group) => (
          <li key={group.key} class="main-nav__group">
            <span class="main-nav__label" id={`nav-${group.key}`}>
              {t(group.key)}
            </span>
            <ul class="main-nav__items" aria-labelledby={`nav-${group.key}`}>
              {group.items.map((item) => (
                <li key={item.path}>
                  <a href={href(item.path)} aria-current={section === sectionOf(item.path) ? 'page' : undefined}>
                    {t(item.key)}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
