import type { FieldProblem } from '../../core/errors';
import type { ActivityModel, CreateActivityInput, UpdateActivityInput } from './activities.models';
import type { ActivityValues } from './activities.repository';

export const MAX_TARGET_GROUPS = 20;
const MAX_TARGET_GROUP_LENGTH = 100;

type Fields = Omit<UpdateActivityInput, 'allianceId' | 'activityId' | 'version'> | Omit<CreateActivityInput, 'allianceId' | 'membershipId' | 'status'>;

/** Trimmed text, or null when nothing is left (an empty place is no place). */
const text = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

/**
 * Target groups: trimmed, blanks refused, duplicates removed case-insensitively (first spelling
 * wins), since the overlap detection compares them case-insensitively too.
 */
export function normaliseTargetGroups(input: unknown[], problems: FieldProblem[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of input) {
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (!value) return (problems.push({ field: 'targetGroups', code: 'required' }), []);
    if (value.length > MAX_TARGET_GROUP_LENGTH) return (problems.push({ field: 'targetGroups', code: 'tooLong' }), []);
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    result.push(value);
  }
  if (result.length > MAX_TARGET_GROUPS) problems.push({ field: 'targetGroups', code: 'tooMany' });
  return result;
}

/**
 * The values an input sets, normalised: on create every field (absent = default), on update only
 * the fields present (explicit null clears). Rules that involve two fields (coordinates together,
 * end not before start) are checked on the result merged with the current activity.
 */
export function activityValues(input: Fields, current?: ActivityModel): { values: Partial<ActivityValues>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const values: Partial<ActivityValues> = {};
  const given = (k: keyof Fields) => !current || input[k] !== undefined;

  if (given('title')) {
    values.title = text(input.title) ?? '';
    if (!values.title) problems.push({ field: 'title', code: 'required' });
  }
  if (given('description')) values.description = input.description ?? '';
  if (given('resources')) values.resources = input.resources ?? '';
  if (given('targetGroups')) values.targetGroups = normaliseTargetGroups(input.targetGroups ?? [], problems);
  if (given('districtId')) values.districtId = input.districtId ? input.districtId.toLowerCase() : null;
  if (given('place')) values.place = text(input.place);
  for (const k of ['latitude', 'longitude', 'budgetEur', 'staffHoursPerMonth', 'periodStart', 'periodEnd'] as const) {
    if (given(k)) (values as Record<string, unknown>)[k] = input[k] ?? null;
  }

  const merged = { ...current, ...values };
  if ((merged.latitude == null) !== (merged.longitude == null)) {
    problems.push({ field: merged.latitude == null ? 'latitude' : 'longitude', code: 'coordinatesIncomplete' });
  }
  if (merged.periodStart && merged.periodEnd && merged.periodEnd < merged.periodStart) problems.push({ field: 'periodEnd', code: 'beforeStart' });
  return { values, problems };
}

/** Distinct ids in input order (UUIDs compare case-insensitively, as PostgreSQL reads them). */
export const distinct = (ids: string[] | null | undefined): string[] => [...new Set((ids ?? []).map((id) => id.toLowerCase()))];
