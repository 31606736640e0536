import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import type { IconName } from './icon';
import { Icon } from './icon';
import { PageHeader } from './page-header';

/**
 * A workspace area whose data is not there yet: the heading, a short explanation of what the
 * area is for, an empty state and what will be possible here.
 */
export function PlannedArea({
  icon,
  eyebrow,
  title,
  description,
  emptyTitle,
  emptyText,
  plannedHeading,
  planned,
  aside,
}: {
  icon: IconName;
  eyebrow?: string;
  title: string;
  description: string;
  emptyTitle: string;
  emptyText: ReactNode;
  plannedHeading: string;
  planned: string[];
  aside?: ReactNode;
}) {
  return (
    <div className="page">
      <PageHeader eyebrow={eyebrow} title={title} description={description} />
      {aside}
      <div className="planned">
        <section className="card planned__empty" aria-label={emptyTitle}>
          <EmptyState icon={icon} title={emptyTitle}>
            <p>{emptyText}</p>
          </EmptyState>
        </section>
        <section className="card planned__list" aria-labelledby={`${icon}-planned`}>
          <h2 id={`${icon}-planned`} className="card__title">
            {plannedHeading}
          </h2>
          <ul className="checklist">
            {planned.map((item) => (
              <li key={item}>
                <Icon name="chevronRight" size={18} />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
