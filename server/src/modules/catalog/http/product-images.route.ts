import path from 'node:path';
import type { Express } from 'express';
import type { Config } from '../../../config.js';
import { uploadsDir } from '../services/images.service.js';

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
// Stored names are `<uuid>.<ext>`; anything else (dots, slashes, other types) is refused before the disk is touched.
const FILE = /^[0-9a-f-]{36}\.(jpg|png|webp)$/;

/**
 * Serves product pictures at GET /files/products/<productId>/<file>. Pictures are what the
 * shop shows buyers anyway, and their names are random UUIDs, so no sign-in is asked for
 * (an <img> tag can load them directly). Names never change, so they are cached for a year.
 * Mount it before the web app's catch-all route.
 */
export function mountProductImages(app: Express, config: Pick<Config, 'dataDir'>): void {
  const root = path.join(uploadsDir(config), 'products');
  app.get('/files/products/:productId/:file', (req, res) => {
    const { productId, file } = req.params as { productId: string; file: string };
    const match = FILE.exec(file);
    if (!/^\d{1,12}$/.test(productId) || !match) {
      res.status(404).type('text').send('Not found');
      return;
    }
    res.sendFile(path.join(root, productId, file), {
      headers: {
        'Content-Type': CONTENT_TYPES[match[1]],
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
        'Cache-Control': 'public, max-age=31536000, immutable',
      },
      dotfiles: 'deny',
    }, (error) => {
      if (error && !res.headersSent) res.status(404).type('text').send('Not found');
    });
  });
}
