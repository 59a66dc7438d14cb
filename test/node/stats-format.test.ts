// The statistics counter's formatting, without a DOM: Intl numbers (万 / K), dates, the change
// against an earlier value, and the count-up's easing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  countText,
  countValue,
  decimalsOf,
  easeOut,
  formatChange,
  formatDate,
  formatNumber,
  resolveStyle,
} from '../../src/elements/stats-counter/format-number';

describe('formatNumber', () => {
  it('compact: 1.45万 in Chinese, 14.5K in English', () => {
    assert.equal(formatNumber(14500, 'zh-CN', 'compact'), '1.45万');
    assert.equal(formatNumber(14474, 'zh-CN', 'compact'), '1.45万');
    assert.equal(formatNumber(14500, 'en', 'compact'), '14.5K');
    assert.equal(formatNumber(84000, 'zh-CN', 'compact'), '8.4万');
    assert.equal(formatNumber(84000, 'en', 'compact'), '84K');
    assert.equal(formatNumber(1.45e8, 'zh-CN', 'compact'), '1.45亿');
    assert.equal(formatNumber(1.45e8, 'en', 'compact'), '145M');
  });

  it('full: 14,474 in both languages', () => {
    assert.equal(formatNumber(14474, 'zh-CN', 'full'), '14,474');
    assert.equal(formatNumber(14474, 'en', 'full'), '14,474');
    assert.equal(formatNumber(11.9, 'en', 'full'), '11.9');
    assert.equal(formatNumber(96.73, 'zh-CN', 'full'), '96.73');
  });

  it('auto: compact from 10,000, else full', () => {
    assert.equal(resolveStyle(14500, 'auto'), 'compact');
    assert.equal(resolveStyle(14500, null), 'compact');
    assert.equal(resolveStyle(9999, undefined), 'full');
    assert.equal(formatNumber(14500, 'zh-CN'), '1.45万');
    assert.equal(formatNumber(14500, 'en'), '14.5K');
    assert.equal(formatNumber(8400, 'en'), '8,400');
    assert.equal(formatNumber(208, 'zh-CN'), '208');
  });

  it('compact below the first unit keeps every digit (no 1230 for 1,234 in Chinese)', () => {
    assert.equal(formatNumber(1234, 'zh-CN', 'compact'), '1,234');
    assert.equal(formatNumber(999, 'en', 'compact'), '999');
    assert.equal(formatNumber(1234, 'en', 'compact'), '1.23K');
  });

  it('fixed decimals for the animation; never NaN', () => {
    assert.equal(formatNumber(5, 'en', 'full', 1), '5.0');
    assert.equal(decimalsOf(11.9), 1);
    // Below 1, two significant digits: a small value never reads as 0.00.
    assert.equal(decimalsOf(0.004), 3);
    assert.equal(formatNumber(0.004, 'en'), '0.004');
    assert.equal(formatNumber(0.0123, 'zh-CN'), '0.012');
    assert.equal(formatNumber(0.5, 'en'), '0.5');
    assert.equal(decimalsOf(14500), 0);
    assert.equal(formatNumber(Number.NaN, 'en'), '–');
  });
});

describe('formatDate', () => {
  it('years, months and days in each language', () => {
    assert.equal(formatDate('2015', 'zh-CN'), '2015年');
    assert.equal(formatDate('2015', 'en'), '2015');
    assert.equal(formatDate('2019-12', 'zh-CN'), '2019年12月');
    assert.equal(formatDate('2019-12', 'en'), 'Dec 2019');
    assert.equal(formatDate('2015-07-07', 'zh-CN'), '2015年7月7日');
    assert.equal(formatDate('2015-07-07', 'en'), 'Jul 7, 2015');
  });

  it('never shows another date than the one written', () => {
    // Date.UTC would read 0050 as 1950 and roll 02-30 into March.
    assert.equal(formatDate('0050-06', 'en'), 'Jun 50');
    assert.equal(formatDate('2019-02-30', 'en'), '2019-02-30');
    assert.equal(formatDate('2019-02-30', 'zh-CN'), '2019-02-30');
    assert.equal(formatDate('0000-01-01', 'en'), '0000-01-01');
    assert.equal(formatDate('2020-02-29', 'zh-CN'), '2020年2月29日');
  });
});

describe('formatChange', () => {
  const ratio = (14500 - 84000) / 84000;
  it('↓83% since 2015 / 较2015年↓83%, with words for screen readers', () => {
    const en = formatChange(ratio, '2015', 'en')!;
    assert.equal(en.visual, '↓83% since 2015');
    assert.equal(en.spoken, 'down 83% since 2015');
    assert.equal(en.direction, 'down');
    const zh = formatChange(ratio, '2015', 'zh-CN')!;
    assert.equal(zh.visual, '较2015年↓83%');
    assert.equal(zh.spoken, '较2015年下降83%');
  });
  it('up, unchanged, month dates, non-finite', () => {
    assert.equal(formatChange(9.4, '2017', 'en')!.spoken, 'up 940% since 2017');
    assert.equal(formatChange(0.5, '2018-12', 'zh-CN')!.visual, '较2018年12月↑50%');
    assert.equal(formatChange(0, '2018', 'en')!.visual, 'unchanged since 2018');
    assert.equal(formatChange(0.004, '2018', 'en')!.percent, '0.4%');
    assert.equal(formatChange(Number.NaN, '2018', 'en'), undefined);
  });
});

describe('count-up', () => {
  it('eases out from 0 to the target and ends exactly on it', () => {
    assert.equal(easeOut(0), 0);
    assert.equal(easeOut(1), 1);
    assert.ok(easeOut(0.5) > 0.5, 'ease-out is ahead of linear at half time');
    assert.equal(countValue(14500, 0, 1200), 0);
    assert.equal(countValue(14500, 1200, 1200), 14500);
    assert.equal(countValue(14500, 5000, 1200), 14500);
    const mid = countValue(14500, 600, 1200);
    assert.ok(mid > 7250 && mid < 14500 && Number.isInteger(mid));
    assert.equal((countValue(11.9, 600, 1200) * 10) % 1, 0);
    assert.equal(countValue(14500, 10, 0), 14500);
  });
});

describe('countText (the count-up on its way to the final text)', () => {
  it('counts in the final unit and decimals, never wider than the end', () => {
    assert.equal(countText(0, 63000, 'en', 'auto'), '0K');
    assert.equal(countText(12000, 63000, 'en', 'auto'), '12K');
    assert.equal(countText(63000, 63000, 'en', 'auto'), formatNumber(63000, 'en', 'auto'));
    assert.equal(countText(0, 14474, 'zh-CN', 'compact'), '0.00万');
    assert.equal(countText(7000, 14474, 'zh-CN', 'compact'), '0.70万');
    assert.equal(countText(14474, 14474, 'zh-CN', 'compact'), '1.45万');
    assert.equal(countText(4.12e10, 1e12, 'zh-CN', 'compact'), '0万亿');
    for (const [final, lang] of [
      [63000, 'en'],
      [14474, 'zh-CN'],
      [1e12, 'en'],
      [1e12, 'zh-CN'],
      [-5000, 'en'],
    ] as const) {
      const end = formatNumber(final, lang, 'auto');
      for (let t = 0; t <= 1; t += 0.05)
        assert.ok(countText(final * t, final, lang, 'auto').length <= end.length, `${final} ${lang} at ${t}`);
    }
  });

  it('full numbers keep the final decimals; a negative target never shows -0', () => {
    assert.equal(countText(5, 11.9, 'en', 'full'), '5.0');
    assert.equal(countValue(-5000, 0, 1200), 0);
    assert.ok(!Object.is(countValue(-5000, 0, 1200), -0));
  });
});
