/** German letters as ASCII writes them (ä → ae, ß → ss), for file names and ASCII header fallbacks. */
export function germanToAscii(s: string): string {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
}
