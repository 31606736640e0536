import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DisclosureMenu, menuEntry } from '@/components/ui/disclosure-menu';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { Goal } from '../api/get-goals';
import type { GoalMove, GoalNode } from '../utils/goal-tree';
import { GoalStatusBadge } from './goal-status-badge';

interface Props {
  node: GoalNode<Goal>;
  first: boolean;
  last: boolean;
  editable: boolean;
  busy: boolean;
  onMove: (goal: Goal, move: GoalMove, control?: string) => void;
  onEdit: (goal: Goal) => void;
  onAddSub: (goal: Goal) => void;
  onDelete: (goal: Goal) => void;
}

/** One goal with its sub-goals. Every control names its goal, so a screen reader's button list makes sense. */
export function GoalItem({ node, first, last, editable, busy, onMove, onEdit, onAddSub, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { goal, children } = node;
  const control = (name: string) => ({ 'data-goal-control': `${goal.id}:${name}` });
  const headingLevel = Math.min(3 + goal.depth, 6) as 3 | 4 | 5 | 6;
  const Heading = `h${headingLevel}` as const;
  const hasPeriod = goal.periodStart || goal.periodEnd;
  const more = useRef<HTMLDivElement>(null);
  // Menu entries vanish with the menu: hand focus back to its button first, so a dialog opened
  // from the menu returns focus there when it closes.
  const fromMenu = (close: () => void, action: () => void) => () => {
    close();
    more.current?.querySelector('button')?.focus();
    action();
  };

  return (
    <li className="goal-tree__item">
      <article
        className={`goal goal--depth-${Math.min(goal.depth, 3)}${goal.status === 'DROPPED' ? ' goal--dropped' : ''}`}
        aria-labelledby={`goal-${goal.id}`}
      >
        <div className="goal__main">
          <div className="goal__head">
            <Heading id={`goal-${goal.id}`} className="goal__title">
              {goal.title}
            </Heading>
            <GoalStatusBadge status={goal.status} />
          </div>
          {goal.description ? <p className="goal__description">{goal.description}</p> : null}
          <p className="goal__meta">
            <span>{goal.ownerOrganisation ? t('agenda.goals.owner', { name: goal.ownerOrganisation.name }) : t('agenda.goals.noOwner')}</span>
            {hasPeriod ? (
              <span>
                <Icon name="calendar" size={14} /> {t('agenda.goals.period', { start: format.date(goal.periodStart), end: format.date(goal.periodEnd) })}
              </span>
            ) : null}
            <span>{t('agenda.goals.indicators', { count: goal.indicatorCount })}</span>
            <span>{t('agenda.goals.activities', { count: goal.runningActivityCount })}</span>
          </p>
        </div>
        {editable ? (
          <div className="goal__actions">
            <button
              type="button"
              className="icon-button"
              {...control('up')}
              disabled={first || busy}
              onClick={() => onMove(goal, 'up')}
              aria-label={t('agenda.actions.moveUp', { title: goal.title })}
              title={t('agenda.actions.moveUpShort')}
            >
              <Icon name="arrowUp" size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              {...control('down')}
              disabled={last || busy}
              onClick={() => onMove(goal, 'down')}
              aria-label={t('agenda.actions.moveDown', { title: goal.title })}
              title={t('agenda.actions.moveDownShort')}
            >
              <Icon name="arrowDown" size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              {...control('edit')}
              onClick={() => onEdit(goal)}
              aria-label={t('agenda.actions.edit', { title: goal.title })}
              title={t('agenda.actions.editShort')}
            >
              <Icon name="edit" size={18} />
            </button>
            <div ref={more} {...control('more')} className="goal__more">
              <DisclosureMenu label={t('agenda.actions.more')} accessibleLabel={t('agenda.actions.moreFor', { title: goal.title })} align="end">
                {(close) => (
                  <ul className="menu__list">
                    <li>
                      <button type="button" className="menu__item" {...menuEntry} onClick={fromMenu(close, () => onAddSub(goal))}>
                        {t('agenda.actions.addSub')}
                      </button>
                    </li>
                    {!first ? (
                      <li>
                        <button
                          type="button"
                          className="menu__item"
                          {...menuEntry}
                          disabled={busy}
                          onClick={fromMenu(close, () => onMove(goal, 'indent', 'more'))}
                        >
                          {t('agenda.actions.indent')}
                        </button>
                      </li>
                    ) : null}
                    {goal.parentId ? (
                      <li>
                        <button
                          type="button"
                          className="menu__item"
                          {...menuEntry}
                          disabled={busy}
                          onClick={fromMenu(close, () => onMove(goal, 'outdent', 'more'))}
                        >
                          {t('agenda.actions.outdent')}
                        </button>
                      </li>
                    ) : null}
                    <li>
                      <button type="button" className="menu__item menu__item--danger" {...menuEntry} onClick={fromMenu(close, () => onDelete(goal))}>
                        {t('agenda.actions.delete')}
                      </button>
                    </li>
                  </ul>
                )}
              </DisclosureMenu>
            </div>
          </div>
        ) : null}
      </article>
      {children.length ? (
        <ol className="goal-tree goal-tree--nested" aria-label={t('agenda.goals.subGoalsOf', { title: goal.title })}>
          {children.map((child, index) => (
            <GoalItem
              key={child.goal.id}
              node={child}
              first={index === 0}
              last={index === children.length - 1}
              editable={editable}
              busy={busy}
              onMove={onMove}
              onEdit={onEdit}
              onAddSub={onAddSub}
              onDelete={onDelete}
            />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
