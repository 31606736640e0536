/**
 * The API's rules for a dimension's categories, checked before sending: at least two, none
 * empty, each name once. Names compare like the API compares them, without regard to case and
 * surrounding blanks ("Divers" and "divers " would split one group in two).
 */
export type CategoryProblem = 'required' | 'atLeastTwo' | 'duplicate';

export const sameCategoryName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function categoryProblem(names: string[]): CategoryProblem | undefined {
  if (names.some((n) => !n.trim())) return 'required';
  if (names.length < 2) return 'atLeastTwo';
  if (new Set(names.map((n) => n.trim().toLowerCase())).size !== names.length) return 'duplicate';
  return undefined;
}

/** The positions of names that an earlier one already uses (to mark exactly those rows). */
export function repeatedAt(names: string[]): Set<number> {
  return new Set(names.flatMap((n, i) => (n.trim() && names.slice(0, i).some((m) => sameCategoryName(m, n)) ? [i] : [])));
}
