import { Injectable } from '@nestjs/common';
import type { Task } from 'graphile-worker';

/**
 * Tasks of the PostgreSQL job queue, registered by the modules that own them (in their
 * constructors or onModuleInit) before the worker starts at application bootstrap.
 */
@Injectable()
export class QueueTasks {
  private readonly tasks: Record<string, Task> = {};

  register(name: string, task: Task): void {
    if (this.tasks[name]) throw new Error(`queue task ${name} registered twice`);
    this.tasks[name] = task;
  }

  list(): Record<string, Task> {
    return { ...this.tasks };
  }
}
