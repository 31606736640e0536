import { parentPort } from 'node:worker_threads';
import type { FunderReportData } from './funder-report.data';
import { renderFunderReportPdf } from './funder-report.pdf';

/** Worker thread: renders one report per message and posts the PDF back (transferred, not copied). */
parentPort!.on('message', (job: { id: number; data: FunderReportData }) => {
  void renderFunderReportPdf(job.data).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
      parentPort!.postMessage({ id: job.id, ok: true, pdf: bytes }, [bytes.buffer]);
    },
    (e: unknown) => parentPort!.postMessage({ id: job.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
