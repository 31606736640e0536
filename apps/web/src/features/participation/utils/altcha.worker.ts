import type { AltchaChallenge } from '../api/participation-api';
import { solveChallenge } from './altcha';

/** Solves one ALTCHA challenge off the main thread, so the form stays responsive while it works. */
self.onmessage = (event: MessageEvent<AltchaChallenge>) => {
  void solveChallenge(event.data).then((number) => self.postMessage(number));
};
