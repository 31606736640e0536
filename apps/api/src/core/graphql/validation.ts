import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, invalid } from '../errors';

const CODES: Record<string, string> = {
  isEmail: 'email',
  maxLength: 'tooLong',
  minLength: 'tooShort',
  isNotEmpty: 'required',
  isDefined: 'required',
  arrayMaxSize: 'tooMany',
  isPeriodKey: 'periodKey',
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {})
      .slice(0, 1)
      .map((c) => ({ field, code: CODES[c] ?? 'invalid' }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Input DTOs are checked with class-validator; a failure is one translated VALIDATION_FAILED. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => invalid(flatten(errors)),
});

/** Trims surrounding white space before validation (people paste e-mail addresses with a trailing blank). */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Free text a list is searched by: trimmed, at most 200 characters (a longer one is a
 * VALIDATION_FAILED "too long"); an empty string, once trimmed, means no search.
 */
export const SearchText = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  Trim()(target, key);
  IsString()(target, key);
  MaxLength(200)(target, key);
};

// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses (PostgreSQL text cannot store it).
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unsafeStrings(value: unknown, path: string, found: FieldProblem[], depth = 0): void {
  if (found.length >= 5 || depth > 12) return;
  if (typeof value === 'string') {
    if (UNSAFE.test(value)) found.push({ field: path || 'value', code: 'invalid' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unsafeStrings(v, `${path}[${i}]`, found, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) unsafeStrings(v, path ? `${path}.${k}` : k, found, depth + 1);
  }
}

/**
 * Text that PostgreSQL cannot store (NUL characters, unpaired UTF-16 surrogates) is refused
 * as invalid input before it reaches a service, for every argument of every operation.
 */
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata) {
    // Custom parameter decorators (@Scope(), @CurrentUser()) carry server objects, not input.
    if (metadata.type === 'custom') return value;
    const found: FieldProblem[] = [];
    unsafeStrings(value, metadata.data ?? '', found);
    if (found.length) throw invalid(found);
    return value;
  }
}
