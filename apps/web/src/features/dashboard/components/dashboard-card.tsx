import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/icon';

/** One card of the dashboard: a titled section, its content, and a way into the area it summarises. */
export function DashboardCard({
  title,
  children,
  link,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  link?: { to: string; label: string };
  wide?: boolean;
}) {
  const id = useId();
  return (
    <section className={`card dashboard-card${wide ? ' dashboard-card--wide' : ''}`} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      <div className="dashboard-card__body">{children}</div>
      {link ? (
        <Link to={link.to} relative="path" className="dashboard-card__link">
          {link.label}
          <Icon name="arrowRight" size={16} />
        </Link>
      ) : null}
    </section>
  );
}

/** The headline number of a card, in words. */
export function KeyFigure({ children }: { children: ReactNode }) {
  return <p className="dashboard-card__figure">{children}</p>;
}
