import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { DevMailController } from './dev-mail.controller';
import { MailAdminRepository } from './mail-admin.repository';
import { MailAdminResolver } from './mail-admin.resolver';
import { MailAdminService } from './mail-admin.service';
import { MailOutbox } from './mail-outbox';
import { MailWorker } from './mail-worker';
import { QueueTasks } from './queue-tasks';

/**
 * Mail for every part of the platform: `MailOutbox.enqueue(em, …)` inside the transaction of
 * the change, delivery by the in-process worker, dead letters for the platform admin, and —
 * outside production, when mails go to .eml files — the /dev/mail page.
 */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      providers: [QueueTasks, MailOutbox, MailWorker, MailAdminRepository, MailAdminService, MailAdminResolver],
      controllers: !config.isProduction && !config.SMTP_URL ? [DevMailController] : [],
      exports: [MailOutbox, QueueTasks],
    };
  }
}
