import { MessageSender } from '../entities/enums.js';

/** Answer a buyer within 20 seconds [T]; the team's stretch goal is 10 seconds [M]. */
export const RESPONSE_TARGET_SECONDS = 20;
export const RESPONSE_STRETCH_SECONDS = 10;

export interface ChatLine { at: Date; sender: MessageSender; staffId?: number | null }

export interface ResponseFigures {
  /** Per message, in the order given: the response time of a staff reply to a waiting buyer, else null. */
  responseSeconds: (number | null)[];
  firstResponseSeconds: number | null;
  responseCount: number;
  totalResponseSeconds: number;
  /** Buyer messages after the last staff reply. */
  unansweredCount: number;
  /** The staff member who answered first (the conversation's handler), if any. */
  firstResponderId: number | null;
}

/**
 * Response times of one conversation. A buyer starts waiting with their first unanswered
 * message (follow-up messages while waiting do not restart the clock); the next staff message
 * answers them, and its response time is the wait in whole seconds (rounded). Staff messages
 * while nobody waits (greetings, proactive offers) have no response time. Lines must be in time order.
 */
export function responseFigures(lines: ChatLine[]): ResponseFigures {
  let waitingSince: Date | null = null;
  let unanswered = 0;
  let first: number | null = null;
  let firstResponderId: number | null = null;
  let count = 0;
  let total = 0;
  const responseSeconds = lines.map((line) => {
    if (line.sender === MessageSender.BUYER) {
      waitingSince ??= line.at;
      unanswered++;
      return null;
    }
    if (!waitingSince) return null;
    const seconds = Math.max(0, Math.round((line.at.getTime() - waitingSince.getTime()) / 1000));
    waitingSince = null;
    unanswered = 0;
    count++;
    total += seconds;
    if (first === null) { first = seconds; firstResponderId = line.staffId ?? null; }
    return seconds;
  });
  return { responseSeconds, firstResponseSeconds: first, responseCount: count, totalResponseSeconds: total, unansweredCount: unanswered, firstResponderId };
}
