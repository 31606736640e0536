import { Module } from '@nestjs/common';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PortalAccess } from './portal.access';
import { PortalRepository } from './portal.repository';
import { PortalResolver } from './portal.resolver';
import { PortalService } from './portal.service';

/** The Chancenportal's workspace side (issue 13): providers, offers, editorial queue, freshness, planning. */
@Module({
  providers: [PortalRepository, OffersRepository, PortalAccess, PortalService, OffersService, PortalResolver],
})
export class PortalModule {}
