/**
 * Taobao limits a listing title to 60 bytes as its GBK form counts them: an ASCII character
 * is 1, a Chinese character (or any other non-ASCII one, full-width punctuation included) is 2.
 * So a title holds at most 30 Chinese characters, or 60 Latin letters and digits.
 */
export const TITLE_MAX_WIDTH = 60;

export function titleWidth(title: string): number {
  let width = 0;
  for (const ch of title) width += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
  return width;
}
