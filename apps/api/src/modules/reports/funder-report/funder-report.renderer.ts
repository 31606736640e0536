import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable } from '@nestjs/common';
import type { FunderReportData } from './funder-report.data';

/** Reports rendered at the same time; more wait their turn (the machine has few cores). */
const MAX_PARALLEL = 2;

// Built code runs the compiled worker; tests and `pnpm dev` run TypeScript through swc.
const EXT = path.extname(__filename);
const WORKER_FILE = path.join(__dirname, `funder-report.worker${EXT}`);
const BOOTSTRAP = `${EXT === '.ts' ? "require('@swc-node/register');" : ''}require(${JSON.stringify(WORKER_FILE)});`;

/**
 * Renders funder reports in worker threads: pdfmake lays a document out synchronously, and a
 * report of fifty indicators with charts takes long enough (docs/benchmarks.md) that doing it on
 * the main thread would stall every other request of the instance meanwhile.
 */
@Injectable()
export class FunderReportRenderer {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async render(data: FunderReportData): Promise<Buffer> {
    await this.slot();
    try {
      return await runWorker(data);
    } finally {
      // Hand the slot to the next in line, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private async slot(): Promise<void> {
    if (this.running < MAX_PARALLEL) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}

function runWorker(data: FunderReportData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data });
    let settled = false;
    worker.once('message', (m: { ok: true; pdf: Uint8Array } | { ok: false; error: string }) => {
      settled = true;
      if (m.ok) resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      else reject(new Error(`funder report rendering failed: ${m.error}`));
      void worker.terminate();
    });
    worker.once('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`funder report worker stopped (${code})`));
      settled = true;
    });
  });
}
