import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, unguardCell } from '../src/modules/catalog/services/csv-parse.js';
import { fenToYuan, yuanToFen } from '../src/modules/catalog/services/money.js';
import { titleWidth } from '../src/modules/catalog/services/title.js';
import { formatPairs, fromPairs, parsePairs, toPairs } from '../src/modules/catalog/services/name-value.js';
import { decodeBase64, sniffImageType } from '../src/modules/catalog/services/image-bytes.js';
import { Check } from '../src/core/errors.js';
import { toCsv } from '../src/core/csv.js';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('CSV parser', () => {
  it('reads plain rows with CRLF, LF and CR line ends', () => {
    expect(cells('a,b\r\n1,2\n3,4\r5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const text = 'code,title\nTGY-1,"安溪铁观音, 浓香型"\nTGY-2,"他说""好茶"""\nTGY-3,"第一行\r\n第二行"\n';
    expect(cells(text)).toEqual([['code', 'title'], ['TGY-1', '安溪铁观音, 浓香型'], ['TGY-2', '他说"好茶"'], ['TGY-3', '第一行\r\n第二行']]);
  });

  it('numbers rows as a spreadsheet does: a multi-line cell stays one row, blank lines count but are skipped', () => {
    const records = parseCsv('h\n"a\nb"\n\nc\n');
    expect(records.map((r) => [r.row, r.cells[0]])).toEqual([[1, 'h'], [2, 'a\nb'], [4, 'c']]);
  });

  it('drops a UTF-8 BOM and keeps empty and trailing empty fields', () => {
    expect(cells('\uFEFFa,b,c\n1,,\n,"",x')).toEqual([['a', 'b', 'c'], ['1', '', ''], ['', '', 'x']]);
  });

  it('refuses an unclosed quote and a stray quote, naming the row', () => {
    expect(() => parseCsv('a\n"open')).toThrowError(new CsvSyntaxError('Row 2: a quoted field is not closed', 2));
    expect(() => parseCsv('a\nab"c')).toThrow(/Row 2: a quote inside an unquoted field/);
    expect(() => parseCsv('a\n"ab"c')).toThrow(/Row 2: unexpected text after a closing quote/);
  });

  it('reads back what core/csv writes, formula guard included', () => {
    const written = toCsv(['title', 'spec'], [['=SUM(A1)', '规格=250g;包装=罐装'], ['他说"好", 真的', '多\n行']]);
    const [header, ...rows] = cells(written);
    expect(header).toEqual(['title', 'spec']);
    expect(rows.map((r) => r.map(unguardCell))).toEqual([['=SUM(A1)', '规格=250g;包装=罐装'], ['他说"好", 真的', '多\n行']]);
  });
});

describe('money', () => {
  it('converts yuan text to fen exactly', () => {
    expect(yuanToFen('128.00')).toBe(12800);
    expect(yuanToFen('128')).toBe(12800);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen(' 0.07 ')).toBe(7);
    // 1.15 * 100 is 114.99999999999999 in floating point; the digits are taken as they are.
    expect(yuanToFen('1.15')).toBe(115);
    expect(yuanToFen('4.35')).toBe(435);
  });

  it('refuses negative, over-precise and malformed amounts', () => {
    for (const bad of ['-1', '1.234', '1,000', '¥5', '', '.5', '1e3', 'abc']) expect(yuanToFen(bad), bad).toBeNull();
  });

  it('formats fen as yuan with two decimals', () => {
    expect([fenToYuan(12800), fenToYuan(5), fenToYuan(0), fenToYuan(1999)]).toEqual(['128.00', '0.05', '0.00', '19.99']);
  });
});

describe('title width (Taobao count)', () => {
  it('counts ASCII as 1 and Chinese or full-width characters as 2', () => {
    expect(titleWidth('abc 123')).toBe(7);
    expect(titleWidth('铁观音')).toBe(6);
    expect(titleWidth('2026新茶 铁观音，250g')).toBe(4 + 4 + 1 + 6 + 2 + 4);
    expect(titleWidth('茶'.repeat(30))).toBe(60);
  });
});

describe('spec and attribute pairs', () => {
  it('parses and formats the CSV form, full-width separators included', () => {
    expect(parsePairs('规格=250g;包装=罐装')).toEqual([{ name: '规格', value: '250g' }, { name: '包装', value: '罐装' }]);
    expect(parsePairs('规格＝250g；包装=罐装;')).toEqual([{ name: '规格', value: '250g' }, { name: '包装', value: '罐装' }]);
    expect(parsePairs('')).toEqual([]);
    expect(parsePairs('250g')).toBe('"250g" is not name=value');
    expect(formatPairs({ 规格: '250g', 包装: '罐装' })).toBe('包装=罐装;规格=250g');
  });

  it('refuses blank, duplicate and separator-carrying entries', () => {
    const check = new Check();
    fromPairs(check, 'spec', [{ name: '规格', value: '250g' }, { name: '规格', value: '500g' }, { name: '', value: 'x' }, { name: 'a;b', value: 'c' }], { maxPairs: 5, nameLength: 20, valueLength: 40 });
    expect(check.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['spec.1.name:DUPLICATE', 'spec.2.name:REQUIRED', 'spec.3:INVALID']);
  });

  it('exposes stored objects as pairs ordered by name', () => {
    expect(toPairs({ 规格: '250g', 包装: '罐装' })).toEqual([{ name: '包装', value: '罐装' }, { name: '规格', value: '250g' }]);
  });
});

describe('image bytes', () => {
  const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
  it('recognises JPEG, PNG and WebP by their first bytes, nothing else', () => {
    expect(sniffImageType(decodeBase64(b64([0xff, 0xd8, 0xff, 0xe0, 0, 0]))!)).toBe('image/jpeg');
    expect(sniffImageType(decodeBase64(b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))!)).toBe('image/png');
    expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('accepts a data: URL prefix and refuses text that is not base64', () => {
    expect(decodeBase64(`data:image/png;base64,${b64([1, 2, 3])}`)).toEqual(Buffer.from([1, 2, 3]));
    expect(decodeBase64('not base64!')).toBeNull();
    expect(decodeBase64('')).toBeNull();
  });
});
