import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DisclosureMenu, menuEntry } from '@/components/ui/disclosure-menu';
import { Icon } from '@/components/ui/icon';
import { useLogout, useUser } from '@/lib/auth';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** Who is signed in, for which organisations, and the way out. */
export function UserMenu({ onLoggedOut }: { onLoggedOut: () => void }) {
  const { t } = useTranslation();
  const { data: user } = useUser();
  const logout = useLogout({ onSuccess: onLoggedOut });
  if (!user) return null;

  return (
    <DisclosureMenu
      align="end"
      className="user-menu"
      label={
        <>
          <span className="avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="user-menu__name">{user.name}</span>
          <span className="visually-hidden">{t('userMenu.label')}</span>
        </>
      }
    >
      {() => (
        <div className="menu__section">
          <div className="user-menu__identity">
            <p className="user-menu__full-name">{user.name}</p>
            <p className="user-menu__email">{user.email}</p>
          </div>
          {user.organisations.length ? (
            <div className="user-menu__organisations">
              <p className="menu__label">{t('userMenu.organisations')}</p>
              <ul>
                {user.organisations.map((o) => (
                  <li key={o.id}>
                    <Icon name="building" size={16} />
                    {o.name}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Link className="menu__item" {...menuEntry} to="/account">
            <Icon name="user" size={18} />
            {t('userMenu.account')}
          </Link>
          {user.organisations.length ? (
            <Link className="menu__item" {...menuEntry} to="/colleagues">
              <Icon name="building" size={18} />
              {t('userMenu.colleagues')}
            </Link>
          ) : null}
          {user.isPlatformAdmin ? (
            <>
              <Link to="/admin" className="menu__item" {...menuEntry}>
                <Icon name="settings" size={18} />
                {t('userMenu.platformAdmin')}
              </Link>
              <Link to="/admin/mail" className="menu__item" {...menuEntry}>
                <Icon name="alert" size={18} />
                {t('userMenu.deadLetters')}
              </Link>
            </>
          ) : null}
          <button type="button" className="menu__item" {...menuEntry} onClick={() => logout.mutate()} disabled={logout.isPending}>
            <Icon name="logout" size={18} />
            {t('userMenu.logout')}
          </button>
        </div>
      )}
    </DisclosureMenu>
  );
}
