import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Icon, type IconName } from '../ui/icon';
import { LanguageSwitch } from '../ui/language-switch';
import { LogoMark } from '../ui/logo';

export interface NavItem {
  to: string;
  label: string;
  icon: IconName;
}

/**
 * The frame of every signed-in page: skip link, header (brand, context switcher, language,
 * user menu), optional area navigation and the main landmark. After client-side navigation
 * focus moves to <main>, so screen-reader users land on the new page, not on the old link.
 */
export function AppShell({
  switcher,
  userMenu,
  navigation,
  navigationLabel,
  navigationHeader,
  children,
}: {
  switcher?: ReactNode;
  userMenu?: ReactNode;
  navigation?: NavItem[];
  navigationLabel?: string;
  navigationHeader?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Start the new page at its top; focusing <main> alone would scroll it under the sticky header.
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className={`shell${navigation ? ' shell--with-nav' : ''}`}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__start">
          <Link to="/" className="brand" aria-label={t('shell.homeLink')}>
            <LogoMark />
            <span className="brand__name">{t('common.appName')}</span>
          </Link>
          {switcher ? <div className="topbar__switcher">{switcher}</div> : null}
        </div>
        <div className="topbar__end">
          <LanguageSwitch />
          {userMenu}
        </div>
      </header>
      <div className="shell__body">
        {navigation ? (
          <nav className="sidebar" aria-label={navigationLabel}>
            {navigationHeader ? <div className="sidebar__header">{navigationHeader}</div> : null}
            <ul className="sidebar__list">
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="sidebar__link">
                    <Icon name={item.icon} />
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main id="main" ref={main} tabIndex={-1} className="main">
          {children}
        </main>
      </div>
    </div>
  );
}
