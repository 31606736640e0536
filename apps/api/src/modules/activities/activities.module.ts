import { Module } from '@nestjs/common';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesResolver } from './activities.resolver';
import { ActivitiesService } from './activities.service';
import { ActivityMapRepository } from './activity-map.repository';
import { ActivityMapService } from './activity-map.service';

/** Condition 3, mutually reinforcing activities: members' activities and the map of who works on which goal. */
@Module({
  providers: [ActivitiesRepository, ActivitiesService, ActivityMapRepository, ActivityMapService, ActivitiesResolver],
  exports: [ActivitiesService, ActivityMapService],
})
export class ActivitiesModule {}
