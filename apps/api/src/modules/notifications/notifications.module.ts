import { Global, Module } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';
import { NotificationCenterService } from './notification-center.service';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationService } from './notification.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';

/**
 * Notifications: `NotificationService.notify(db, notice)` for every module (global), the person's
 * notification centre and choices, scheduled reminders and digests, the calendar feed.
 */
@Global()
@Module({
  providers: [NotificationsRepository, NotificationService, NotificationCenterService, NotificationScheduler, CalendarFeedService, NotificationsResolver],
  controllers: [NotificationsController],
  exports: [NotificationService],
})
export class NotificationsModule {}
