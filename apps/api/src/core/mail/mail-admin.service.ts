import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '../errors';
import type { RequestScope } from '../request-context';
import { MailAdminRepository } from './mail-admin.repository';
import { DeadLetterModel } from './mail.models';

@Injectable()
export class MailAdminService {
  constructor(private readonly repo: MailAdminRepository) {}

  private async requirePlatformAdmin(scope: RequestScope) {
    if (!(await this.repo.isPlatformAdmin(scope.em))) throw forbidden('PLATFORM_ADMIN');
  }

  async deadLetters(scope: RequestScope, first = 50): Promise<DeadLetterModel[]> {
    await this.requirePlatformAdmin(scope);
    return this.repo.deadLetters(scope.em, first);
  }

  async requeue(scope: RequestScope, mailId: string): Promise<boolean> {
    await this.requirePlatformAdmin(scope);
    if (!(await this.repo.requeue(scope.em, mailId))) throw notFound('DeadLetter');
    return true;
  }
}
