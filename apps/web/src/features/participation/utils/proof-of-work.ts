import { fetchChallenge } from '../api/participation-api';
import { altchaPayload, solveChallenge } from './altcha';

function solveInWorker(challenge: Parameters<typeof solveChallenge>[0]): Promise<number | null> {
  if (typeof Worker === 'undefined') return solveChallenge(challenge);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./altcha.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<number | null>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(challenge);
  });
}

/** Fetches a fresh challenge from the portal and solves it (in a web worker where there is one). */
export async function proofOfWork(slug: string): Promise<string> {
  const started = Date.now();
  const challenge = await fetchChallenge(slug);
  const number = await solveInWorker(challenge);
  if (number === null) throw { code: 'ALTCHA_UNSOLVED', message: '', fields: [], status: 0 };
  return altchaPayload(challenge, number, Date.now() - started);
}
