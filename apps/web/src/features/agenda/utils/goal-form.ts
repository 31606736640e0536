import type { GoalStatus } from '@/gql/graphql';
import type { Goal } from '../api/get-goals';
import type { UpdateGoalVariables } from '../api/update-goal';

export type GoalDialogState = { mode: 'create'; parentId: string | null } | { mode: 'edit'; goal: Goal };

/** The parent choice for a goal at the top level. */
export const TOP = '';
/** A place past any sibling list (the API's largest): the API appends the goal. */
const APPEND = 100_000;

/** The goal form as the user fills it in; an empty string where nothing is chosen (owner, parent). */
export interface GoalFormValues {
  title: string;
  description: string;
  status: GoalStatus;
  ownerMembershipId: string;
  parentId: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export function initialValues(state: GoalDialogState): GoalFormValues {
  if (state.mode === 'create')
    return { title: '', description: '', status: 'PLANNED', ownerMembershipId: '', parentId: state.parentId ?? TOP, periodStart: null, periodEnd: null };
  const { goal } = state;
  return {
    title: goal.title,
    description: goal.description,
    status: goal.status,
    ownerMembershipId: goal.ownerMembershipId ?? '',
    parentId: goal.parentId ?? TOP,
    periodStart: goal.periodStart ?? null,
    periodEnd: goal.periodEnd ?? null,
  };
}

/** Only what changed, so that an edit never overwrites fields with what the dialog happened to show. */
export function goalChanges(goal: Goal, values: GoalFormValues): Omit<UpdateGoalVariables, 'goalId' | 'version'> {
  const before = initialValues({ mode: 'edit', goal });
  const changes: Omit<UpdateGoalVariables, 'goalId' | 'version'> = {};
  if (values.title.trim() !== before.title) changes.title = values.title.trim();
  if (values.description.trim() !== before.description) changes.description = values.description.trim();
  if (values.status !== before.status) changes.status = values.status;
  if (values.ownerMembershipId !== before.ownerMembershipId) changes.ownerMembershipId = values.ownerMembershipId || null;
  if (values.periodStart !== before.periodStart) changes.periodStart = values.periodStart;
  if (values.periodEnd !== before.periodEnd) changes.periodEnd = values.periodEnd;
  // Appending under the new parent: the API puts larger positions last.
  if (values.parentId !== before.parentId) changes.moveTo = { parentId: values.parentId || null, position: APPEND };
  return changes;
}

/** The form's own check before sending: the key of the first problem (title, unparsable dates, period order), or null. */
export function goalFormProblem(
  values: GoalFormValues,
  invalidDates: { start: boolean; end: boolean },
): 'titleRequired' | 'datesInvalid' | 'periodOrder' | null {
  if (!values.title.trim()) return 'titleRequired';
  if (invalidDates.start || invalidDates.end) return 'datesInvalid';
  if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) return 'periodOrder';
  return null;
}
