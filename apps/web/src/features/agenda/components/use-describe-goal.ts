import { useTranslation } from 'react-i18next';
import type { Goal } from '../api/get-goals';
import { siblingsOf } from '../utils/goal-tree';

/** A goal as stored now, in words for the conflict dialog: title, status and place in the tree. */
export function useDescribeGoal() {
  const { t } = useTranslation();
  return (goal: Goal, goals: readonly Goal[]) => {
    const parent = goals.find((g) => g.id === goal.parentId);
    const position = siblingsOf(goals, goal).findIndex((g) => g.id === goal.id) + 1;
    const status = t(`agenda.status.${goal.status}`);
    return parent
      ? t('agenda.goals.storedUnder', { title: goal.title, status, parent: parent.title, position })
      : t('agenda.goals.storedTop', { title: goal.title, status, position });
  };
}
