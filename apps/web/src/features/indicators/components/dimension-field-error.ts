import type { TFunction } from 'i18next';
import { fieldError } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';

/** The API's field problems on a dimension in this area's words where the generic ones say too little. */
export function dimensionFieldError(t: TFunction, error: unknown, field: 'name' | 'categories'): string | undefined {
  const code = isApiError(error) ? error.fields.find((f) => f.field === field)?.code : undefined;
  if (code === 'duplicate' || (field === 'categories' && code === 'atLeastTwo')) return t(`indicators.dimensions.fieldErrors.${field}.${code}`);
  return fieldError(t, error, field);
}
