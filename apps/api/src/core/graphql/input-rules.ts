import { frequencyOfKey, isDateTimeInRange, isIsoDate, isPeriodKey, MAX_YEAR, MIN_YEAR, type FrequencyName } from '@gemeinwerk/shared';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The decorators every argument that reaches SQL is checked with (by the global ValidationPipe,
 * before a resolver runs). A value outside these shapes is a translated VALIDATION_FAILED with
 * the field named, never a database error. The rules come from @gemeinwerk/shared, so the web
 * app and the API agree on what a date or a period key is.
 */

export { isIsoDate, MAX_YEAR, MIN_YEAR };

/** A calendar date `YYYY-MM-DD` that exists, years 1900–2200. */
export const IsIsoDate = (options?: ValidationOptions) => ValidateBy({ name: 'isIsoDate', validator: { validate: (v) => isIsoDate(v) } }, options);

/** A point in time (the DateTime scalar parses it to a Date) within the years 1900–2200. */
export const IsDateTimeInRange = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isDateTimeInRange', validator: { validate: (v) => isDateTimeInRange(v) } }, options);

/**
 * A period key (2026, 2026-Q1, 2026-03), years 1900–2200; with a frequency, a key of that
 * frequency only. Whether it fits an indicator is the service's question.
 */
export const IsPeriodKey = (frequency?: FrequencyName, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPeriodKey',
      validator: { validate: (v) => typeof v === 'string' && (frequency ? isPeriodKey(frequency, v) : frequencyOfKey(v) !== undefined) },
    },
    options,
  );

/** Limits of list arguments: lists of linked ids, and short texts such as target groups. */
export const MAX_IDS = 500;

/** A list of UUIDs (optional), at most `max` of them. */
export const IdList =
  (max = 100): PropertyDecorator =>
  (target, key) => {
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(Math.min(max, MAX_IDS))(target, key);
    IsUUID('all', { each: true })(target, key);
  };

/** A list of short texts (optional), at most `max` entries of at most `maxLength` characters. */
export const TextList =
  (max: number, maxLength: number): PropertyDecorator =>
  (target, key) => {
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(maxLength, { each: true })(target, key);
  };
