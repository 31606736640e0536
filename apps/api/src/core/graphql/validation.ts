import { Transform } from 'class-transformer';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, invalid } from '../errors';

const CODES: Record<string, string> = {
  isEmail: 'email',
  maxLength: 'tooLong',
  minLength: 'tooShort',
  isNotEmpty: 'required',
  isDefined: 'required',
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).slice(0, 1).map((c) => ({ field, code: CODES[c] ?? 'invalid' }));
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
