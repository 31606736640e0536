import { Module } from '@nestjs/common';
import { NetworkRepository } from './network.repository';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';
import { SurveyRepository } from './survey.repository';
import { SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';

@Module({ providers: [NetworkRepository, NetworkService, NetworkResolver, SurveyRepository, SurveyService, SurveyResolver] })
export class NetworkModule {}
