/**
 * Money is integer fen. Yuan text from a spreadsheet ("128", "128.5", "128.00") is
 * converted by splitting the digits, never through a float, so 0.1 + 0.2 problems cannot occur.
 */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** Fen for a yuan amount, or null when the text is not a non-negative amount with at most 2 decimals. */
export function yuanToFen(text: string): number | null {
  const match = YUAN.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + fraction;
  return Number.isSafeInteger(fen) && fen <= MAX_FEN ? fen : null;
}

/** Yuan text with two decimals for a fen amount: 12800 → "128.00". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The largest price accepted: 10,000,000 yuan, well inside GraphQL's 32-bit Int. */
export const MAX_FEN = 1_000_000_000;
