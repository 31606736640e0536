/** Limits for offer images: what a provider may upload and what is stored. */
export const IMAGE_LIMITS = {
  /** Decoded upload size (the GraphQL request body is limited to 1 MB, base64 adds a third). */
  maxBytes: 700 * 1024,
  minPixels: 64,
  /** Larger images are scaled down to this many pixels on the longer side. */
  maxStoredPixels: 1600,
  /** Decompression-bomb guard: sharp refuses inputs with more pixels than this. */
  maxInputPixels: 40_000_000,
  formats: ['jpeg', 'png', 'webp'] as const,
};

/** The portal's logo: at least 16 pixels on each side (wide, low logos), stored at most 400 on the longer side (the header shows it about 48 px high). */
export const LOGO_PIXELS = { maxPixels: 400, minPixels: 16 };

/** Decodes base64 (with or without a data: URL prefix); null when it is not base64. */
export function decodeBase64Image(text: string): Buffer | null {
  const body = text.replace(/^data:[^;,]+;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) return null;
  return Buffer.from(body, 'base64');
}
