import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { NotificationCenterService } from './notification-center.service';
import {
  CalendarFeedModel,
  MarkNotificationsReadInput,
  NotificationModel,
  NotificationSettingsModel,
  SetNotificationEmailInput,
  SetReportDueDaysInput,
  UnsubscribeInput,
  UnsubscribeResultModel,
} from './notifications.models';

/** The caller's own notices, e-mail choices and calendar address (not alliance-scoped: across all their alliances). */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly center: NotificationCenterService) {}

  @Query(() => [NotificationModel], { description: 'The caller’s notices from all their alliances, newest first.' })
  myNotifications(
    @Scope() scope: RequestScope,
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true, description: '1–100, default 30.' }) first?: number,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationModel[]> {
    return this.center.list(scope, user, Math.min(Math.max(first ?? 30, 1), 100), unreadOnly ?? false);
  }

  @Query(() => Int, { description: 'How many of the caller’s notices are unread (the bell’s number).' })
  unreadNotificationCount(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<number> {
    return this.center.unreadCount(scope, user);
  }

  @Mutation(() => Int, { description: 'Marks these notices of the caller read; returns how many changed.' })
  markNotificationsRead(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: MarkNotificationsReadInput): Promise<number> {
    return this.center.markRead(scope, user, input.notificationIds);
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notices read; returns how many changed.' })
  markAllNotificationsRead(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<number> {
    return this.center.markRead(scope, user, null);
  }

  @Query(() => NotificationSettingsModel, { description: 'Which notices the caller also gets by e-mail, and the reminder lead time.' })
  myNotificationSettings(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<NotificationSettingsModel> {
    return this.center.settings(scope, user);
  }

  @Mutation(() => NotificationSettingsModel, { description: 'Turns e-mail for one kind of notice on or off (in-app notices stay).' })
  setNotificationEmail(
    @Scope() scope: RequestScope,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetNotificationEmailInput,
  ): Promise<NotificationSettingsModel> {
    return this.center.setEmail(scope, user, input.kind, input.email);
  }

  @Mutation(() => NotificationSettingsModel, { description: 'Days before a reporting deadline for the reminder (1–14).' })
  setReportDueDays(
    @Scope() scope: RequestScope,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetReportDueDaysInput,
  ): Promise<NotificationSettingsModel> {
    return this.center.setReportDueDays(scope, user, input.days);
  }

  @Query(() => CalendarFeedModel, { description: 'The caller’s secret calendar address (made on first request).' })
  myCalendarFeed(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<CalendarFeedModel> {
    return this.center.calendarFeed(scope, user);
  }

  @Mutation(() => CalendarFeedModel, { description: 'A new calendar address; the old one stops working at once.' })
  renewCalendarFeed(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<CalendarFeedModel> {
    return this.center.renewCalendarFeed(scope, user);
  }

  @Public()
  @Mutation(() => UnsubscribeResultModel, { description: 'Turns off one kind of notification mail with the signed link from such a mail (no login).' })
  unsubscribe(@Scope() scope: RequestScope, @Args('input') input: UnsubscribeInput): Promise<UnsubscribeResultModel> {
    return this.center.unsubscribe(scope, input.token);
  }
}
