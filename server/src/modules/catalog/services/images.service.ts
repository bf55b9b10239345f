import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../../core/context.js';
import type { Config } from '../../../config.js';
import { audit } from '../../../core/audit/audit.service.js';
import { UserError } from '../../../core/errors.js';
import { Product } from '../entities/product.entity.js';
import { ProductImage } from '../entities/product-image.entity.js';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, decodeBase64, sniffImageType, type ImageType } from './image-bytes.js';

const MAX_IMAGES = 10;

export const uploadsDir = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'uploads');

/** The public address of a picture (served by http/product-images.route.ts). */
export function imageUrl(image: ProductImage): string {
  return `/files/${image.storagePath}`;
}

/** A display name without directories or control characters. */
function cleanFileName(name: string): string {
  return path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200) || 'image';
}

/** Adds a picture: the bytes must really be JPEG, PNG or WebP (checked by their first bytes), at most 2 MB. */
export async function addProductImage(ctx: Ctx, input: { productId: string; fileName: string; contentType: string; base64: string }) {
  const declared = input.contentType.trim().toLowerCase();
  if (!(declared in IMAGE_TYPES)) throw UserError.of('INVALID', 'Only JPEG, PNG and WebP pictures are accepted', 'contentType');
  // Refuse an oversized upload before decoding it (base64 is 4 characters per 3 bytes).
  if (input.base64.length > Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 100) throw UserError.of('TOO_LARGE', 'A picture can be at most 2 MB', 'base64');
  const bytes = decodeBase64(input.base64);
  if (!bytes) throw UserError.of('INVALID', 'The file is not valid base64', 'base64');
  if (bytes.length > MAX_IMAGE_BYTES) throw UserError.of('TOO_LARGE', 'A picture can be at most 2 MB', 'base64');
  const actual = sniffImageType(bytes);
  if (!actual) throw UserError.of('INVALID', 'The file is not a JPEG, PNG or WebP picture', 'base64');
  if (actual !== declared) throw UserError.of('INVALID', `The file is a ${actual} picture, not ${declared}`, 'contentType');

  const product = await ctx.em.findOne(Product, Number(input.productId), { populate: ['images'] });
  if (!product) throw UserError.of('NOT_FOUND', 'No such product', 'productId');
  if (product.images.count() >= MAX_IMAGES) throw UserError.of('LIMIT', `A product has at most ${MAX_IMAGES} pictures`, 'productId');

  const storagePath = `products/${product.id}/${randomUUID()}.${IMAGE_TYPES[actual as ImageType].ext}`;
  const file = path.join(uploadsDir(ctx.config), storagePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { flag: 'wx' });
  try {
    return await ctx.em.transactional(async (tx) => {
      const sortOrder = Math.max(-1, ...product.images.getItems().map((i) => i.sortOrder)) + 1;
      const image = tx.create(ProductImage, { product: product.id, fileName: cleanFileName(input.fileName), contentType: actual, sizeBytes: bytes.length, storagePath, sortOrder } as never);
      await tx.flush();
      audit(ctx, tx, { operation: 'addProductImage', entityType: 'Product', entityId: product.id, summary: `added picture ${image.fileName} (${actual}, ${bytes.length} bytes) as ${storagePath}` });
      product.images.add(image);
      return { image, product };
    });
  } catch (error) {
    await fs.rm(file, { force: true }); // no orphan file when the row was not written
    throw error;
  }
}

/** Removes a picture; the file is deleted after the row is gone. */
export async function removeProductImage(ctx: Ctx, input: { id: string }) {
  const result = await ctx.em.transactional(async (tx) => {
    const image = await tx.findOne(ProductImage, Number(input.id), { populate: ['product'] });
    if (!image) throw UserError.of('NOT_FOUND', 'No such picture', 'id');
    const product = image.product.getEntity();
    tx.remove(image);
    audit(ctx, tx, { operation: 'removeProductImage', entityType: 'Product', entityId: product.id, summary: `removed picture ${image.fileName} (${image.storagePath})` });
    return { image, product };
  });
  await fs.rm(path.join(uploadsDir(ctx.config), result.image.storagePath), { force: true });
  return result;
}
