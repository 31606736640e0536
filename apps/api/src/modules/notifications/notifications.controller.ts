import { Controller, Get, Header, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../../core/errors';
import { CalendarFeedService } from './calendar-feed.service';
import { NotificationCenterService } from './notification-center.service';

const FEED = /^([\w-]{43})\.ics$/;

/** The two addresses that work without a login: the calendar feed and the one-click unsubscribe. */
@Controller()
export class NotificationsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendar: CalendarFeedService,
    private readonly center: NotificationCenterService,
    private readonly db: DataSource,
  ) {}

  @Get('calendar/:file')
  @Header('cache-control', 'private, no-store')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = FEED.exec(file)?.[1];
    const text = token ? await this.calendar.feed(token, this.config.PUBLIC_URL) : null;
    if (text === null) throw new NotFoundException();
    res.type('text/calendar; charset=utf-8').send(text);
  }

  /**
   * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the
   * address in the List-Unsubscribe header. (A GET of the same address is the web page, which
   * does the same through the `unsubscribe` mutation and says so.)
   */
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string): Promise<{ kind: string }> {
    try {
      return await this.db.transaction((em) => this.center.unsubscribe({ em }, token));
    } catch (e) {
      if (e instanceof DomainError) throw new NotFoundException();
      throw e;
    }
  }
}
