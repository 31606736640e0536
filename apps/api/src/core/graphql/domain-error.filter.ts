import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../errors';

/**
 * Domain errors are expected outcomes (wrong password, stale version), not crashes: hand them
 * to the GraphQL error formatter without Nest logging them as unhandled.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, _host: ArgumentsHost) {
    return error;
  }
}
