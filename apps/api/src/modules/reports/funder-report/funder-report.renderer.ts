import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { FunderReportData } from './funder-report.data';

/** Reports rendered at the same time (one worker each); more wait their turn (the machine has few cores). */
const MAX_WORKERS = 2;
/** A worker with nothing to do for this long ends; the next report starts a new one. */
const IDLE_MS = 60_000;
/**
 * Young generation of a worker's heap: laying a report out makes millions of short-lived objects
 * (text inlines, lines, positions); with V8's default of a few MB the scavenger runs thousands of
 * times per report. Memory only, taken while a worker lives.
 */
const YOUNG_GENERATION_MB = 64;

// Built code runs the compiled worker; tests and `pnpm dev` run TypeScript through swc.
const EXT = path.extname(__filename);
const WORKER_FILE = path.join(__dirname, `funder-report.worker${EXT}`);
const BOOTSTRAP = `${EXT === '.ts' ? "require('@swc-node/register');" : ''}require(${JSON.stringify(WORKER_FILE)});`;

type Reply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; error: string };

interface Slot {
  worker: Worker;
  busy?: { id: number; resolve: (pdf: Buffer) => void; reject: (e: Error) => void };
  idleTimer?: NodeJS.Timeout;
}

/**
 * Renders funder reports in worker threads: pdfmake lays a document out synchronously, and a
 * report of fifty indicators with charts takes a few tenths of a second of CPU warm and more than a
 * second cold, far longer on a busy machine (docs/benchmarks.md); on the main thread that would
 * stall every other request of the instance meanwhile. Workers are kept for a minute after their
 * last report, so the next one does not load pdfmake again and finds its words already shaped
 * (funder-report.pdf.ts).
 */
@Injectable()
export class FunderReportRenderer implements OnModuleDestroy {
  private readonly slots: Slot[] = [];
  private readonly waiting: { data: FunderReportData; resolve: (pdf: Buffer) => void; reject: (e: Error) => void }[] = [];
  private nextId = 1;

  render(data: FunderReportData): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ data, resolve, reject });
      this.dispatch();
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < MAX_WORKERS ? this.start() : undefined);
      if (!slot) return;
      const job = this.waiting.shift()!;
      clearTimeout(slot.idleTimer);
      const id = this.nextId++;
      slot.busy = { id, resolve: job.resolve, reject: job.reject };
      slot.worker.postMessage({ id, data: job.data });
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }) };
    slot.worker.on('message', (m: Reply) => {
      const job = slot.busy;
      if (!job || job.id !== m.id) return;
      slot.busy = undefined;
      if (m.ok) job.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      else job.reject(new Error(`funder report rendering failed: ${m.error}`));
      slot.idleTimer = setTimeout(() => this.retire(slot), IDLE_MS).unref();
      this.dispatch();
    });
    // A worker that dies takes its report with it; the next report gets a fresh one.
    slot.worker.on('error', (e) => this.fail(slot, e));
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`funder report worker stopped (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    if (slot.busy) return;
    this.remove(slot);
    void slot.worker.terminate();
  }

  private fail(slot: Slot, e: Error): void {
    this.remove(slot);
    slot.busy?.reject(e);
    slot.busy = undefined;
    this.dispatch();
  }

  private remove(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
