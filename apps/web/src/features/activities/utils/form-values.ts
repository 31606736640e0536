import type { ActivityStatus } from '@/gql/graphql';
import type { Activity } from '../api/get-activity';

/** The form's state: text as typed, numbers and dates already parsed by their locale fields. */
export interface ActivityFormValues {
  title: string;
  description: string;
  membershipId: string;
  status: ActivityStatus;
  targetGroups: string;
  /** A district of the alliance's list; '' for none. */
  districtId: string;
  place: string;
  periodStart: string | null;
  periodEnd: string | null;
  goalIds: string[];
  indicatorIds: string[];
  resources: string;
  budgetEur: number | null;
  staffHoursPerMonth: number | null;
}

export function emptyValues(membershipId: string): ActivityFormValues {
  return {
    title: '',
    description: '',
    membershipId,
    status: 'PLANNED',
    targetGroups: '',
    districtId: '',
    place: '',
    periodStart: null,
    periodEnd: null,
    goalIds: [],
    indicatorIds: [],
    resources: '',
    budgetEur: null,
    staffHoursPerMonth: null,
  };
}

export function valuesFromActivity(a: Activity): ActivityFormValues {
  return {
    title: a.title,
    description: a.description,
    membershipId: a.membershipId,
    status: a.status,
    targetGroups: a.targetGroups.join(', '),
    districtId: a.districtId ?? '',
    place: a.place ?? '',
    periodStart: a.periodStart ?? null,
    periodEnd: a.periodEnd ?? null,
    goalIds: a.goals.map((g) => g.id),
    indicatorIds: a.indicators.map((i) => i.id),
    resources: a.resources,
    budgetEur: a.budgetEur ?? null,
    staffHoursPerMonth: a.staffHoursPerMonth ?? null,
  };
}

/** "Grundschulkinder, Eltern ,," → ["Grundschulkinder", "Eltern"] (the API also drops case-insensitive duplicates). */
export function splitTargetGroups(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * The fields both createActivity and updateActivity take. Every field is sent, with null for
 * an emptied optional one, so an edit saves exactly what the form shows.
 */
export function toActivityFields(v: ActivityFormValues) {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    targetGroups: splitTargetGroups(v.targetGroups),
    districtId: v.districtId || null,
    place: orNull(v.place),
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    goalIds: v.goalIds,
    indicatorIds: v.indicatorIds,
    resources: v.resources.trim(),
    budgetEur: v.budgetEur,
    staffHoursPerMonth: v.staffHoursPerMonth,
  };
}

export type FormProblems = Partial<Record<'title' | 'periodEnd', 'required' | 'beforeStart'>>;

/** Checks the browser can do before asking the API (which checks them again). */
export function validate(v: ActivityFormValues): FormProblems {
  const problems: FormProblems = {};
  if (!v.title.trim()) problems.title = 'required';
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) problems.periodEnd = 'beforeStart';
  return problems;
}

/** The organisations an activity can be created for: active members, by name. */
export function memberChoices(members: { id: string; state: string; organisation: { name: string } }[]): { value: string; label: string }[] {
  return members
    .filter((m) => m.state === 'ACTIVE')
    .map((m) => ({ value: m.id, label: m.organisation.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
