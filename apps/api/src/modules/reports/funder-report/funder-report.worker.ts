import { parentPort, workerData } from 'node:worker_threads';
import type { FunderReportData } from './funder-report.data';
import { renderFunderReportPdf } from './funder-report.pdf';

/** Worker thread entry: renders the report it was given and posts the PDF back (transferred, not copied). */
void renderFunderReportPdf(workerData as FunderReportData).then(
  (pdf) => {
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort!.postMessage({ ok: true, pdf: bytes }, [bytes.buffer]);
  },
  (e: unknown) => parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
