import { describe, expect, it } from 'vitest';
import { responseFigures } from './response-times.js';
import { MessageSender } from '../entities/enums.js';

const t = (s: number) => new Date(Date.UTC(2026, 10, 23, 6, 0, 0) + s * 1000);
const B = MessageSender.BUYER;
const S = MessageSender.STAFF;

describe('response times', () => {
  it('measures each answer from the buyer’s first waiting message', () => {
    const r = responseFigures([
      { at: t(0), sender: S, staffId: 7 }, // greeting: nobody waits
      { at: t(5), sender: B }, { at: t(9), sender: B }, // the second message does not restart the clock
      { at: t(17), sender: S, staffId: 7 }, // 12 s
      { at: t(18), sender: S, staffId: 7 }, // a second staff line answers nobody
      { at: t(40), sender: B }, { at: t(70.4), sender: S, staffId: 8 }, // 30 s (rounded)
      { at: t(80), sender: B }, // left unanswered
    ]);
    expect(r).toEqual({ responseSeconds: [null, null, null, 12, null, null, 30, null], firstResponseSeconds: 12, responseCount: 2, totalResponseSeconds: 42, unansweredCount: 1, firstResponderId: 7 });
  });

  it('gives no response time to a conversation nobody answered', () => {
    expect(responseFigures([{ at: t(0), sender: B }, { at: t(3), sender: B }])).toMatchObject({ firstResponseSeconds: null, responseCount: 0, unansweredCount: 2, firstResponderId: null });
  });
});
