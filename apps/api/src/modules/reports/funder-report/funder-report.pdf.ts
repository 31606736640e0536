import path from 'node:path';
import pdfmake from 'pdfmake';
import type { FunderReportData } from './funder-report.data';
import { funderReportDocument, REPORT_TABLE_LAYOUT } from './funder-report.document';

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONT_FILES = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const ALLOWED_FILES = new Set(Object.values(FONT_FILES));

let configured = false;
function configure(): void {
  if (configured) return;
  // Roboto (bundled with pdfmake) covers German. The document may carry text and an SVG logo
  // from users: it must never make the server fetch a URL or read a file other than the fonts.
  pdfmake.setFonts({ Roboto: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => ALLOWED_FILES.has(path.resolve(file)));
  pdfmake.setTableLayouts({ report: REPORT_TABLE_LAYOUT });
  configured = true;
}

/** Lays the report out and writes the PDF. CPU-bound: call it in a worker thread (funder-report.renderer.ts). */
export async function renderFunderReportPdf(data: FunderReportData): Promise<Buffer> {
  configure();
  try {
    return await pdfmake.createPdf(funderReportDocument(data)).getBuffer();
  } catch (e) {
    // A logo pdfmake cannot draw (a broken PNG, an SVG it does not understand) must not cost the report.
    if (!data.alliance.logoDataUrl) throw e;
    return pdfmake.createPdf(funderReportDocument(data, { withLogo: false })).getBuffer();
  }
}
