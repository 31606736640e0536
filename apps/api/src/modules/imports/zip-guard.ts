/**
 * Reads an XLSX file's zip directory before anything unpacks it: a zip bomb (a few kilobytes that
 * claim gigabytes, or thousands of entries) is refused from the sizes the directory declares.
 * ZIP64 archives (sizes beyond 4 GB) are refused outright: no spreadsheet we accept needs one.
 */
export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of one entry (typical XLSX XML: 5–30). */
  maxRatio: number;
}

export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxUncompressedBytes: 400 * 1024 * 1024, maxRatio: 200 };

export type ZipVerdict = { ok: true; entries: number; uncompressed: number } | { ok: false; reason: 'notAZip' | 'tooManyEntries' | 'tooLarge' | 'ratio' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function inspectZip(buf: Buffer, limits: ZipLimits = XLSX_ZIP_LIMITS): ZipVerdict {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { ok: false, reason: 'notAZip' };
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'notAZip' };
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'tooLarge' };
  if (count > limits.maxEntries) return { ok: false, reason: 'tooManyEntries' };
  if (offset + size > buf.length) return { ok: false, reason: 'notAZip' };
  let p = offset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: 'notAZip' };
    const compressed = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { ok: false, reason: 'tooLarge' };
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) return { ok: false, reason: 'tooLarge' };
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(1, compressed) > limits.maxRatio) return { ok: false, reason: 'ratio' };
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return { ok: true, entries: count, uncompressed: total };
}
