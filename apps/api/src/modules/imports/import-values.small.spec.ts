import iconv from 'iconv-lite';
import { decodeText, sniffSeparator } from './file-reader';
import { suggestMapping } from './import-mapping';
import { detectNumberFormat, parseCell, parseDate, parseNumber, parsePeriod } from './import-values';
import { inspectZip } from './zip-guard';

describe('import values', () => {
  it('reads German and English numbers, the batch format deciding only what is ambiguous', () => {
    expect(parseNumber('1.234,5', 'DE')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'EN')).toBe(1234.5);
    expect(parseNumber('1.234', 'DE')).toBe(1234);
    expect(parseNumber('1.234', 'EN')).toBe(1.234);
    expect(parseNumber('12.5', 'DE')).toBe(12.5);
    expect(parseNumber('1,5', 'EN')).toBe(1.5);
    expect(parseNumber('1\u00a0234,5', 'DE')).toBe(1234.5);
    expect(parseNumber('−3', 'DE')).toBe(-3);
    expect(parseNumber(',5', 'DE')).toBe(0.5);
    expect(parseNumber('12 Personen', 'DE')).toBeUndefined();
    expect(parseNumber('1.23.4', 'DE')).toBeUndefined();
    expect(detectNumberFormat(['1.234,5', '12,5', '7'], 'EN')).toBe('DE');
    expect(detectNumberFormat(['1,234.5', '12.75'], 'DE')).toBe('EN');
    expect(detectNumberFormat(['7', '1.234'], 'DE')).toBe('DE');
  });

  it('reads German and ISO dates and refuses impossible ones', () => {
    expect(parseDate('31.12.2026')).toBe('2026-12-31');
    expect(parseDate('1.2.26')).toBe('2026-02-01');
    expect(parseDate('2026-12-31')).toBe('2026-12-31');
    expect(parseDate(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
    expect(parseDate('31.02.2026')).toBeUndefined();
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(parseCell('period', '31.02.2026', 'DE')).toEqual({ problem: 'notADate' });
    expect(parseCell('period', 'irgendwann', 'DE')).toEqual({ problem: 'notAPeriod' });
  });

  it('reads periods as keys or dates', () => {
    expect(parsePeriod('2026')).toEqual({ key: '2026' });
    expect(parsePeriod(2026)).toEqual({ key: '2026' });
    expect(parsePeriod('2026-Q1')).toEqual({ key: '2026-Q1' });
    expect(parsePeriod('Q3 2026')).toEqual({ key: '2026-Q3' });
    expect(parsePeriod('2. Quartal 2026')).toEqual({ key: '2026-Q2' });
    expect(parsePeriod('03/2026')).toEqual({ key: '2026-03' });
    expect(parsePeriod('2026-3')).toEqual({ key: '2026-03' });
    expect(parsePeriod('15.03.2026')).toEqual({ date: '2026-03-15' });
  });

  it('decodes UTF-8 (with or without BOM) and falls back to Windows-1252; sniffs the separator', () => {
    expect(decodeText(Buffer.from('Straße;Wert', 'utf8'))).toEqual({ text: 'Straße;Wert', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ä', 'utf8')]))).toEqual({ text: 'Ä', encoding: 'utf-8' });
    expect(decodeText(iconv.encode('Zählung Straße €', 'win1252'))).toEqual({ text: 'Zählung Straße €', encoding: 'windows-1252' });
    expect(sniffSeparator('Indikator;Wert;"a,b"\n1;2;3')).toBe(';');
    expect(sniffSeparator('Indicator,Value\n1,2')).toBe(',');
    expect(sniffSeparator('Indikator\tWert')).toBe('\t');
  });

  it('recognises usual headers, and a saved mapping wins', () => {
    const fields = [
      { key: 'indicator', type: 'text' as const, required: true, label: { de: 'Indikator', en: 'Indicator' }, synonyms: ['Kennzahl'] },
      { key: 'value', type: 'number' as const, required: true, label: { de: 'Wert', en: 'Value' }, synonyms: ['Istwert'] },
    ];
    expect(suggestMapping(fields, ['Kennzahl', 'Ist-Wert', 'Istwert'])).toEqual({ indicator: 0, value: 2 });
    expect(suggestMapping(fields, ['Kennzahl', 'Anzahl (gesamt)'], { value: 'Anzahl (gesamt)' })).toEqual({ indicator: 0, value: 1 });
  });

  it('refuses a zip whose directory claims too much, or that is none', () => {
    expect(inspectZip(Buffer.from('not a zip at all, just text'))).toEqual({ ok: false, reason: 'notAZip' });
  });
});
