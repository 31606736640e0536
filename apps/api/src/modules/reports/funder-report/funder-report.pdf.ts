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

/**
 * The shaped words of each font, kept across the reports a worker renders. pdfkit shapes every
 * word once per document (fontkit: script, GSUB, GPOS) and keeps the result in the document's
 * font only; a report is mostly the same words and numbers again (periods, units, "3 von 4"), so
 * the next report takes them from here and its font never parses the shaping tables. Entries
 * depend on the font file and the word only (glyph ids, advances, positions in font units × the
 * font's scale), not on the document. Keyed by the font file; cleared when it grows large.
 */
const layoutCaches = new Map<string, Record<string, unknown>>();
const MAX_CACHED_WORDS = 60_000;

interface EmbeddedFontLike {
  layoutCache?: Record<string, unknown>;
}
interface PdfmakeDocumentClass {
  prototype: {
    fonts: Record<string, Record<string, unknown>>;
    fontCache: Record<string, Record<string, EmbeddedFontLike>>;
    getFontType(bold: boolean, italics: boolean): string;
    provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
  };
}

function shareFontLayouts(): void {
  // pdfmake's own PDFDocument (a pdfkit document): the one place every font of a render is opened.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PdfmakeDocument = (require('pdfmake/js/PDFDocument') as { default: PdfmakeDocumentClass }).default;
  const proto = PdfmakeDocument.prototype;
  const provideFont = proto.provideFont;
  if (typeof provideFont !== 'function' || typeof proto.getFontType !== 'function') return; // another pdfmake: render without sharing
  proto.provideFont = function (this: PdfmakeDocumentClass['prototype'], family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = Boolean(this.fontCache?.[family]?.[type]);
    const font = provideFont.call(this, family, bold, italics);
    const file = this.fonts?.[family]?.[type];
    // Only fonts given as a file (ours): a file is one font whatever the document calls it.
    if (!opened && typeof file === 'string' && font && typeof font.layoutCache === 'object') {
      const key = file;
      let shared = layoutCaches.get(key);
      if (!shared || Object.keys(shared).length > MAX_CACHED_WORDS) layoutCaches.set(key, (shared = Object.create(null) as Record<string, unknown>));
      font.layoutCache = shared;
    }
    return font;
  };
}

let configured = false;
function configure(): void {
  if (configured) return;
  shareFontLayouts();
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
