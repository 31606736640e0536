import type { TFunction } from 'i18next';

/**
 * A value of the editors' diff as a person reads it. The API sends each field as text (lists
 * joined, booleans as true/false, slots as "weekday 1 14:00–16:00", the district as its id):
 * here the district gets its name, yes/no and the schedule kind their words, weekdays their names,
 * and linked ids (images, goals, activities) their number.
 */
export function diffText(field: string, value: string, districts: { id: string; name: string }[], t: TFunction): string {
  if (field === 'districtId') return districts.find((d) => d.id === value)?.name ?? value;
  if (value === 'true' || value === 'false') return t(value === 'true' ? 'portal.diff.yes' : 'portal.diff.no');
  if (field === 'scheduleKind') return t(`portal.diff.scheduleKind.${value}`, { defaultValue: value });
  if (field === 'schedule') return value.replace(/weekday ([1-7])/g, (_, d: string) => t(`portal.diff.weekday.${d}`));
  if (field === 'imageIds' || field === 'goalIds' || field === 'activityIds') return t('portal.diff.linked', { count: value.split(', ').length });
  return value;
}
