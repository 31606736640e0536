import { Module } from '@nestjs/common';
import { PortalPublicController } from './portal-public.controller';
import { PortalPublicRepository } from './portal-public.repository';
import { PortalPublicService } from './portal-public.service';

/** The public Chancenportal (issue 13): search, map, offer pages, contact form, calendar files, sitemap. */
@Module({
  providers: [PortalPublicRepository, PortalPublicService],
  controllers: [PortalPublicController],
  exports: [PortalPublicService],
})
export class PortalPublicModule {}
