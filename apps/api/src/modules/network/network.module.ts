import { Module } from '@nestjs/common';
import { NetworkRepository } from './network.repository';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({ providers: [NetworkRepository, NetworkService, NetworkResolver] })
export class NetworkModule {}
