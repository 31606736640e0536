import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'graphile-worker';

/** graphile-worker's messages through Nest's logger; its routine chatter (info, debug) is dropped. */
export function queueLogger(context = 'MailQueue'): Logger {
  const nest = new NestLogger(context);
  return new Logger(() => (level, message) => {
    // A failed delivery attempt is expected (the mail worker logs it once, as a warning).
    if (message.startsWith('Failed task')) return;
    // A lost connection (e.g. the embedded database stopping with the process) is retried by the queue.
    if (level === 'error' && !/client generated error|attempting to UNLISTEN/.test(message)) nest.error(message);
    else if (level === 'error') nest.warn(message);
    else if (level === 'warning') nest.warn(message);
  });
}

export const quietQueueLogger = new Logger(() => () => undefined);
