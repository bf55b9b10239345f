import type { Request } from 'express';

/** Reads one cookie without a parser dependency. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** A bearer token wins over the cookie, so API clients are never confused by a browser session. */
export function readCredential(req: Request, cookieName: string): { token: string; source: 'bearer' | 'cookie' } | undefined {
  const auth = req.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    if (match) return { token: match[1], source: 'bearer' };
  }
  const cookie = readCookie(req, cookieName);
  return cookie ? { token: cookie, source: 'cookie' } : undefined;
}
