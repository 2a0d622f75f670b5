import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectTextEncoding, looksLikeBinary } from './decodeText';
import { encodeUtf16, encodeWindows1251, pseudoRandomBytes } from './testWorkbooks';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectTextEncoding', () => {
  it('follows a byte-order mark', () => {
    expect(detectTextEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Сумма')]))).toBe('utf-8');
    expect(detectTextEncoding(encodeUtf16('名称\t金额', 'le', true))).toBe('utf-16le');
    expect(detectTextEncoding(encodeUtf16('名称\t金额', 'be', true))).toBe('utf-16be');
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(detectTextEncoding(encodeUtf16('Nomi\tSumma\r\nBitim\t100\r\n', 'le', false))).toBe('utf-16le');
    expect(detectTextEncoding(encodeUtf16('Nomi\tSumma\r\nBitim\t100\r\n', 'be', false))).toBe('utf-16be');
    // Cyrillic has no zero bytes in UTF-16, but the digits, tabs and line breaks around it do.
    expect(detectTextEncoding(encodeUtf16('Название\tСумма\r\nЦОД\t700\r\n', 'le', false))).toBe('utf-16le');
  });

  it('takes valid UTF-8 as UTF-8, even cut in the middle of a character, and anything else as Windows-1251', () => {
    expect(detectTextEncoding(utf8('Nomi;Summa'))).toBe('utf-8');
    expect(detectTextEncoding(utf8('Oʻzbekiston;Xitoy;中国'))).toBe('utf-8');
    expect(detectTextEncoding(utf8('Сумма').slice(0, 9))).toBe('utf-8');
    expect(detectTextEncoding(encodeWindows1251('Название;Сумма'))).toBe('windows-1251');
  });
});

describe('decodeText', () => {
  it('decodes and drops the byte-order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Сумма')]))).toEqual({ text: 'Сумма', encoding: 'utf-8' });
    expect(decodeText(encodeUtf16('名称', 'le', true))).toEqual({ text: '名称', encoding: 'utf-16le' });
    expect(decodeText(encodeWindows1251('Ёлка №5'))).toEqual({ text: 'Ёлка №5', encoding: 'windows-1251' });
  });
});

describe('looksLikeBinary', () => {
  it('tells text from binary data', () => {
    expect(looksLikeBinary('Title,Amount\r\n"Line one\nLine two",5\f\r\n')).toBe(false);
    expect(looksLikeBinary(decodeText(pseudoRandomBytes(2048, 3)).text)).toBe(true);
    expect(looksLikeBinary('Title\u0000Amount')).toBe(true);
  });
});

describe('detectDelimiter', () => {
  it('finds the usual delimiters', () => {
    expect(detectDelimiter('Title,Amount,Currency\nData centre,700,USD\n')).toBe(',');
    expect(detectDelimiter('Название;Сумма;Валюта\nЦОД;700;USD\n')).toBe(';');
    expect(detectDelimiter('名称\t金额\n数据中心\t700\n')).toBe('\t');
    expect(detectDelimiter('Nomi|Summa\nBitim|700\n')).toBe('|');
  });

  it('prefers the semicolon when decimal commas make commas look consistent too', () => {
    expect(detectDelimiter('Название;Сумма, млн;Доля, %\nЦОД;1,5;2,5\nГород;3,25;4,0\n')).toBe(';');
    expect(detectDelimiter('Название;Сумма\nЦОД;1,5\nГород;3,25\n')).toBe(';');
  });

  it('ignores delimiters inside quotes, including quoted line breaks', () => {
    expect(detectDelimiter('Title;Parties\n"Deal, phase 1";"Huawei, ZTE"\n"Deal 2\nsecond line";"Uzbektelecom, ZTE"\n')).toBe(
      ';',
    );
    expect(detectDelimiter('Title,Parties\n"Huawei; ZTE",1\n"Beeline; Ucell",2\n')).toBe(',');
  });

  it('is not misled by a title line above the table', () => {
    expect(
      detectDelimiter('Отчет о соглашениях за 2024 год\n\nНазвание;Дата;Сумма\nЦОД;15.03.2024;700\nГород;02.05.2024;12,5\n'),
    ).toBe(';');
  });

  it('obeys an Excel "sep=" line', () => {
    expect(detectDelimiter('sep=|\nTitle,Amount|x\n1,2|3\n')).toBe('|');
  });

  it('falls back to the comma for a single column', () => {
    expect(detectDelimiter('Title\nData centre\n')).toBe(',');
  });
});
