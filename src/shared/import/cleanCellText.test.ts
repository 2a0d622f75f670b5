import { describe, expect, it } from 'vitest';
import { cleanCellText } from './cleanCellText';

describe('cleanCellText', () => {
  it.each([
    ['Uzbektelecom', 'Uzbektelecom'],
    ['  Uzbektelecom\u00a0', 'Uzbektelecom'],
    ['\ufeffHuawei', 'Huawei'],
    ['first line\r\nsecond line', 'first line\nsecond line'],
    ['old Mac\rline', 'old Mac\nline'],
    ['tab\tand\nnewline kept', 'tab\tand\nnewline kept'],
    ['NUL\u0000 and vertical tab\u000b gone', 'NUL and vertical tab gone'],
    ['C1 control\u0085 gone, and a line break\r\nkept', 'C1 control gone, and a line break\nkept'],
    ['光纤骨干网 第12号', '光纤骨干网 第12号'],
  ])('%j → %j', (text, cleaned) => {
    expect(cleanCellText(text)).toBe(cleaned);
  });

  it('makes text with nothing visible null', () => {
    expect(cleanCellText('')).toBeNull();
    expect(cleanCellText(' \u00a0 ')).toBeNull();
    expect(cleanCellText('\r\n')).toBeNull();
    expect(cleanCellText('\u0000\u0007')).toBeNull();
  });
});
