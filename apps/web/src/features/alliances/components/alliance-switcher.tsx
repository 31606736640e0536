import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DisclosureMenu, menuEntry } from '@/components/ui/disclosure-menu';
import { Icon } from '@/components/ui/icon';
import { RoleBadge } from '@/components/ui/role-badge';
import { useMyAlliances } from '../api/get-my-alliances';

/** Header control: which alliance am I in, and a quick way into another one. */
export function AllianceSwitcher({ currentId, currentName }: { currentId: string; currentName: string }) {
  const { t } = useTranslation();
  const alliances = useMyAlliances();

  return (
    <DisclosureMenu
      className="alliance-switcher"
      label={
        <span className="alliance-switcher__current">
          <span className="alliance-switcher__caption">{t('allianceSwitcher.caption')}</span>
          <span className="alliance-switcher__name">{currentName}</span> <span className="visually-hidden">{t('allianceSwitcher.switch')}</span>
        </span>
      }
    >
      {(close) => (
        <div className="menu__section">
          <p className="menu__label">{t('allianceSwitcher.heading')}</p>
          <ul className="menu__list">
            {(alliances.data ?? []).map((a) => (
              <li key={a.id}>
                <Link
                  to={`/a/${a.id}`}
                  className="menu__item menu__item--alliance"
                  aria-current={a.id === currentId ? 'true' : undefined}
                  onClick={close}
                  {...menuEntry}
                >
                  <span className="menu__check" aria-hidden="true">
                    {a.id === currentId ? <Icon name="check" size={16} /> : null}
                  </span>
                  <span className="menu__item-text">{a.name}</span>
                  <RoleBadge role={a.myRole} />
                </Link>
              </li>
            ))}
          </ul>
          {alliances.isPending ? <p className="menu__note">{t('common.loading')}</p> : null}
          <div className="menu__divider" role="presentation" />
          <Link to="/alliances" className="menu__item" onClick={close} {...menuEntry}>
            <Icon name="network" size={18} />
            {t('allianceSwitcher.all')}
          </Link>
          {alliances.data?.some((a) => a.myRole === 'FUNDER') ? (
            <Link to="/portfolio" className="menu__item" onClick={close} {...menuEntry}>
              <Icon name="portfolio" size={18} />
              {t('nav.portfolio')}
            </Link>
          ) : null}
        </div>
      )}
    </DisclosureMenu>
  );
}
