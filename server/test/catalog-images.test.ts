import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { loadConfig } from '../src/config.js';
import { mountProductImages } from '../src/modules/catalog/http/product-images.route.js';
import { ProductImage } from '../src/modules/catalog/entities/product-image.entity.js';
import { auditOf, createProduct } from './catalog-fixtures.js';

let s: TestServer;
let marketing: string;
let files: string; // base URL of a scratch app with only the image route
let closeFiles: () => void;
beforeAll(async () => {
  s = await startTestServer({ limits: { ...loadConfig().limits, bodyBytes: '8mb' } });
  marketing = await s.login('marketing@demo.shop');
  const app = express();
  mountProductImages(app, s.config);
  const http = app.listen(0);
  await new Promise<void>((resolve) => http.once('listening', () => resolve()));
  files = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  closeFiles = () => http.close();
});
afterAll(async () => { closeFiles?.(); await s?.close(); });

const ADD = `mutation($i: AddProductImageInput!) { addProductImage(input: $i) { image { id fileName contentType sizeBytes url sortOrder } product { images { id } } errors { field code message } } }`;
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);

const uploaded = () => {
  const dir = path.join(s.config.dataDir, 'uploads', 'products');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('.')) : [];
};
const add = async (productId: string, contentType: string, bytes: Buffer, fileName = 'photo') =>
  (await s.gql(ADD, { i: { productId, fileName, contentType, base64: bytes.toString('base64') } }, { token: marketing })).data.addProductImage;

describe('product images', () => {
  it('refuses a file that is not an image, whatever it claims, and stores nothing', async () => {
    const product = await createProduct(s, marketing);
    const before = uploaded().length;
    const html = await add(product.id, 'image/png', Buffer.from('<html><script>alert(1)</script></html>'), 'evil.png');
    expect(html).toEqual({ image: null, product: null, errors: [{ field: 'base64', code: 'INVALID', message: 'The file is not a JPEG, PNG or WebP picture' }] });
    const gif = await add(product.id, 'image/gif', Buffer.from('GIF89a'));
    expect(gif.errors[0]).toMatchObject({ field: 'contentType', code: 'INVALID' });
    const mislabelled = await add(product.id, 'image/png', JPEG);
    expect(mislabelled.errors[0]).toMatchObject({ field: 'contentType', code: 'INVALID', message: 'The file is a image/jpeg picture, not image/png' });
    const tooBig = await add(product.id, 'image/jpeg', Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooBig.errors[0]).toMatchObject({ field: 'base64', code: 'TOO_LARGE' });
    expect(uploaded().length).toBe(before);
    expect(await s.orm.em.fork().count(ProductImage, { product: Number(product.id) })).toBe(0);
  });

  it('stores a PNG under the data folder, serves it, and removes it with its file', async () => {
    const product = await createProduct(s, marketing);
    const first = await add(product.id, 'image/png', PNG, '../../etc/主图.png');
    expect(first.errors).toEqual([]);
    expect(first.image).toMatchObject({ fileName: '主图.png', contentType: 'image/png', sizeBytes: PNG.length, sortOrder: 0 });
    expect(first.image.url).toMatch(new RegExp(`^/files/products/${product.id}/[0-9a-f-]{36}\\.png$`));
    const second = await add(product.id, 'image/jpeg', JPEG, 'detail.jpg');
    expect(second.image.sortOrder).toBe(1);
    expect(second.product.images.map((i: any) => i.id)).toEqual([first.image.id, second.image.id]);

    const res = await fetch(`${files}${first.image.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    for (const bad of [`/files/products/${product.id}/..%2F..%2Fshopops.sqlite`, `/files/products/${product.id}/x.svg`, '/files/products/abc/00000000-0000-0000-0000-000000000000.png']) {
      expect((await fetch(`${files}${bad}`)).status, bad).toBe(404);
    }

    const removed = await s.gql(`mutation($i: RemoveProductImageInput!) { removeProductImage(input: $i) { image { id } product { images { id } } errors { code } } }`, { i: { id: first.image.id } }, { token: marketing });
    expect(removed.data.removeProductImage).toEqual({ image: { id: first.image.id }, product: { images: [{ id: second.image.id }] }, errors: [] });
    expect((await fetch(`${files}${first.image.url}`)).status).toBe(404);
    const admin = await s.login('admin@demo.shop');
    expect((await auditOf(s, admin, 'removeProductImage', product.id))[0].summary).toContain('主图.png');
  });
});
