import { Injectable } from '@nestjs/common';
import sharp, { type Metadata } from 'sharp';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { PortalAccess } from './portal.access';
import type { PortalOfferImageModel, UploadPortalImageInput } from './portal.models';
import { PortalRepository } from './portal.repository';
import { decodeBase64Image, IMAGE_LIMITS } from './images.rules';

export const imageRefused = (minPx: number = IMAGE_LIMITS.minPixels) => new DomainError('IMAGE_INVALID', { maxKb: IMAGE_LIMITS.maxBytes / 1024, minPx });

/**
 * Offer images: the type is what sharp finds in the bytes (not what the file claims), the size and
 * dimensions are checked, and the stored image is re-encoded — which drops EXIF, GPS, XMP and ICC
 * metadata (sharp keeps none unless asked) — and scaled down to at most 1600 pixels.
 */
@Injectable()
export class ImagesService {
  constructor(
    private readonly repo: PortalRepository,
    private readonly access: PortalAccess,
    private readonly audit: AuditService,
  ) {}

  async upload(ctx: AllianceContext, input: UploadPortalImageInput): Promise<PortalOfferImageModel> {
    const provider = (await this.access.ownProvider(ctx, true))!;
    const bytes = decodeBase64Image(input.base64);
    if (!bytes || bytes.length === 0 || bytes.length > IMAGE_LIMITS.maxBytes) throw imageRefused();
    const stored = await reencode(bytes);
    const id = await this.repo.insertImage(ctx.em, ctx.allianceId, { providerId: provider.id, ...stored, altText: input.altText });
    await this.audit.record(ctx, {
      action: 'offer.image.uploaded',
      entityType: 'PortalImage',
      entityId: id,
      after: { width: stored.width, height: stored.height, bytes: stored.data.length },
    });
    return { id, width: stored.width, height: stored.height, altText: input.altText, dataUrl: dataUrl(stored.mimeType, stored.data) };
  }

  /** Images of offers the caller may see: its own provider's, or any for editors. */
  async list(ctx: AllianceContext, ids: string[]): Promise<PortalOfferImageModel[]> {
    const editor = await this.access.isEditor(ctx);
    const own = editor ? null : await this.access.ownProvider(ctx, false);
    const found = await this.repo.images(
      ctx.em,
      ctx.allianceId,
      ids.map((x) => x.toLowerCase()),
    );
    return found
      .filter((i) => editor || i.providerId === own?.id)
      .map((i) => ({ id: i.id, width: i.width, height: i.height, altText: i.altText, dataUrl: dataUrl(i.mimeType, i.data) }));
  }
}

const dataUrl = (mime: string, data: Buffer) => `data:${mime};base64,${data.toString('base64')}`;

/**
 * Checks and re-encodes an upload (at least `minPixels` on each side, stored at most `maxPixels` on
 * the longer side); throws IMAGE_INVALID for anything that is not a usable JPEG, PNG or WebP.
 */
export async function reencode(
  bytes: Buffer,
  { maxPixels = IMAGE_LIMITS.maxStoredPixels, minPixels = IMAGE_LIMITS.minPixels }: { maxPixels?: number; minPixels?: number } = {},
): Promise<{ mimeType: string; width: number; height: number; data: Buffer }> {
  const refused = () => imageRefused(minPixels);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxInputPixels }).metadata();
  } catch {
    throw refused();
  }
  const format = meta.format as string | undefined;
  if (!format || !(IMAGE_LIMITS.formats as readonly string[]).includes(format)) throw refused();
  if (!meta.width || !meta.height || meta.width < minPixels || meta.height < minPixels) throw refused();
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped; PNG stays PNG (logos, drawings), the rest becomes JPEG.
    const pipeline = sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxInputPixels })
      .rotate()
      .resize({ width: maxPixels, height: maxPixels, fit: 'inside', withoutEnlargement: true });
    const png = format === 'png';
    const { data, info } = await (png ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 82, mozjpeg: true })).toBuffer({
      resolveWithObject: true,
    });
    return { mimeType: png ? 'image/png' : 'image/jpeg', width: info.width, height: info.height, data };
  } catch {
    throw refused();
  }
}
