import { describe, expect, it } from 'vitest';
import { shopDay, shopMinuteOfDay, startOfShopDay, zoneOffsetMinutes } from './time.js';

describe('shop time zone', () => {
  it('puts 20:00 UTC on the next Shanghai day', () => {
    expect(shopDay(new Date('2026-11-23T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(shopDay(new Date('2026-11-23T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-23');
  });
  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(startOfShopDay('2026-11-24', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(zoneOffsetMinutes(new Date(), 'Asia/Shanghai')).toBe(480);
  });
  it('handles daylight saving zones', () => {
    expect(startOfShopDay('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfShopDay('2026-12-01', 'Europe/Berlin').toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });
  it('gives the local minute of day', () => {
    expect(shopMinuteOfDay(new Date('2026-11-23T04:30:00Z'), 'Asia/Shanghai')).toBe(12 * 60 + 30);
  });
});
