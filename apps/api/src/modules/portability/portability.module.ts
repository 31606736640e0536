import { Module } from '@nestjs/common';
import { PortabilityResolver } from './portability.resolver';
import { PortabilityService } from './portability.service';

@Module({ providers: [PortabilityService, PortabilityResolver] })
export class PortabilityModule {}
