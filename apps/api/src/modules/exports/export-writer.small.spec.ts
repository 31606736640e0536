import ExcelJS from 'exceljs';
import { contentDisposition, escapeFormula, exportFileName, sheetName, toCsv, xlsxBuffer, type ExportSheet } from './export-writer';

interface Row {
  name: string;
  value: number | null;
  share: number;
  day: string;
  at: Date;
}

const sheet: ExportSheet<Row> = {
  title: { de: 'Werte', en: 'Values' },
  columns: [
    { header: { de: 'Name', en: 'Name' }, kind: 'text', value: (r) => r.name },
    { header: { de: 'Wert', en: 'Value' }, kind: 'number', value: (r) => r.value },
    { header: { de: 'Anteil', en: 'Share' }, kind: 'percent', value: (r) => r.share },
    { header: { de: 'Stichtag', en: 'Date' }, kind: 'date', value: (r) => r.day },
    { header: { de: 'Geändert', en: 'Changed' }, kind: 'datetime', value: (r) => r.at },
  ],
  rows: [
    { name: 'Jugendtreff Oststadt', value: 1234.5, share: 0.825, day: '2026-03-31', at: new Date('2026-12-07T09:05:00Z') },
    { name: '=HYPERLINK("http://evil")', value: -3, share: 0, day: '2026-01-01', at: new Date('2026-07-01T22:30:00Z') },
    { name: 'Träger; "Süd"\nzweite Zeile', value: null, share: 1, day: '2026-12-24', at: new Date('2026-01-15T12:00:00Z') },
  ],
};

describe('escapeFormula', () => {
  it.each(['=1+1', '+49 30 123', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (text) => {
    expect(escapeFormula(text)).toBe(`'${text}`);
  });
  it.each(['Jugendtreff', '1=1', ' =x', '', 'a-b'])('leaves %j alone', (text) => {
    expect(escapeFormula(text)).toBe(text);
  });
});

describe('toCsv', () => {
  it('writes German CSV: BOM, semicolons, decimal comma, dd.mm.yyyy, Berlin time, escaped formulas', () => {
    const csv = toCsv(sheet, 'de');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Name;Wert;Anteil;Stichtag;Geändert');
    expect(lines[1]).toBe('Jugendtreff Oststadt;1234,5;82,5 %;31.03.2026;07.12.2026 10:05');
    // The formula is quoted because of its own quotes, and prefixed so it never runs.
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"")";-3;0,0 %;01.01.2026;02.07.2026 00:30`);
    expect(csv).toContain('"Träger; ""Süd""\nzweite Zeile";;100,0 %;24.12.2026;15.01.2026 13:00');
  });

  it('writes English CSV on request: commas, decimal point, ISO dates', () => {
    const lines = toCsv(sheet, 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe('Name,Value,Share,Date,Changed');
    expect(lines[1]).toBe('Jugendtreff Oststadt,1234.5,82.5 %,2026-03-31,2026-12-07 10:05');
  });
});

describe('xlsx', () => {
  it('writes typed cells with German formats, a bold frozen header and escaped text', async () => {
    const buffer = await xlsxBuffer([sheet], 'de');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Werte')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Name', 'Wert', 'Anteil', 'Stichtag', 'Geändert']);
    expect(ws.getRow(1).font?.bold ?? ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B2').value).toBe(1234.5);
    expect(ws.getCell('C2').value).toBe(0.825);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.0%');
    expect(ws.getCell('D2').value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(ws.getCell('D2').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 11, 7, 10, 5)));
    expect(ws.getCell('A3').value).toBe(`'=HYPERLINK("http://evil")`);
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B3').value).toBe(-3);
    expect(ws.getCell('B4').value).toBeNull();
  });

  it('uses English date formats on request', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxBuffer([sheet], 'en')) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Values')!.getCell('D2').numFmt).toBe('yyyy-mm-dd');
  });
});

describe('names', () => {
  it('keeps sheet names within Excel’s rules and unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Werte [2026]: Q1/Q2', taken)).toBe('Werte  2026   Q1 Q2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('X'.repeat(40), taken)).toBe(`${'X'.repeat(29)} 2`);
  });

  it('builds a German file name and a header with an ASCII fallback', () => {
    const name = exportFileName(['Indikatoren', 'Bildungsbündnis Oststadt'], 'csv', 'de', new Date(2026, 11, 7));
    expect(name).toBe('Indikatoren_Bildungsbündnis-Oststadt_07.12.2026.csv');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="Indikatoren_Bildungsbuendnis-Oststadt_07.12.2026.csv"; filename*=UTF-8''Indikatoren_Bildungsb%C3%BCndnis-Oststadt_07.12.2026.csv`,
    );
  });
});
