import { Injectable } from '@nestjs/common';
import type { CronItem, Task } from 'graphile-worker';

/**
 * Tasks of the PostgreSQL job queue, registered by the modules that own them (in their
 * constructors or onModuleInit) before the worker starts at application bootstrap.
 */
@Injectable()
export class QueueTasks {
  private readonly tasks: Record<string, Task> = {};
  private readonly cron: CronItem[] = [];

  register(name: string, task: Task): void {
    if (this.tasks[name]) throw new Error(`queue task ${name} registered twice`);
    this.tasks[name] = task;
  }

  list(): Record<string, Task> {
    return { ...this.tasks };
  }

  /**
   * A recurring job (graphile-worker's crontab, UTC). Every instance's runner knows the item;
   * graphile-worker records each run in `known_crontabs`, so one run is added once however many
   * instances are up.
   */
  schedule(item: CronItem): void {
    if (!this.tasks[item.task]) throw new Error(`queue task ${item.task} is not registered`);
    this.cron.push(item);
  }

  cronItems(): CronItem[] {
    return [...this.cron];
  }
}
