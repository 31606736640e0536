/** What the API accepts as a logo (see UpdateAllianceProfileInput.logoDataUrl). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export const LOGO_MAX_BYTES = 200 * 1024;

export type LogoProblem = 'type' | 'size' | 'empty';

/** Checks a chosen file before it is read, so the user learns at once what is wrong. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): LogoProblem | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > LOGO_MAX_BYTES) return 'size';
  return null;
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
