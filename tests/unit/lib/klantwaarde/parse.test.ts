import { describe, expect, it } from 'vitest';
import { parseDutchNumber, parsePlainNumber, plainNumber } from '../../../../src/lib/klantwaarde/parse';
import { DEFAULTS } from '../../../../src/lib/klantwaarde/fields';
import { mixSum, readField, readForm, textsFor } from '../../../../src/lib/klantwaarde/form';

describe('parseDutchNumber (2 decimals)', () => {
  it.each<[string, number]>([
    ['200', 20000],
    ['1.000', 100000],
    ['1.250.000', 125000000],
    ['12,50', 1250],
    ['12,5', 1250],
    ['0,05', 5],
    [',5', 50],
    ['12,', 1200],
    ['1.000,50', 100050],
    ['1000,50', 100050],
    ['€ 200', 20000],
    ['€200', 20000],
    ['€ 200,-', 20000],
    ['€ 200,--', 20000],
    ['200 euro', 20000],
    ['EUR 1.000', 100000],
    ['  7 ', 700],
    ['1\u00a0000', 100000],
    ['2.5', 250],
    ['0.75', 75],
    ['20 %', 2000],
    ['+5', 500],
    ['-0', 0],
    ['007', 700],
    ['12,500', 1250],
    ['9999999999999', 999999999999900],
  ])('%j → %i', (input, value) => {
    expect(parseDutchNumber(input, 2)).toEqual({ ok: true, value });
  });

  it.each<[unknown, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['abc', 'not-a-number'],
    ['12a', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['1.00.0', 'not-a-number'],
    ['1.0000,5', 'not-a-number'],
    ['12.', 'not-a-number'],
    ['.', 'not-a-number'],
    ['-', 'not-a-number'],
    ['-200', 'negative'],
    ['− 200', 'negative'],
    ['€ -200', 'negative'],
    ['-€ 200', 'negative'],
    ['12,345', 'too-many-decimals'],
    ['99999999999999', 'too-large'],
    ['9'.repeat(60), 'too-large'],
    [null, 'not-a-number'],
    [12, 'not-a-number'],
  ])('%j → %s', (input, error) => {
    expect(parseDutchNumber(input, 2)).toEqual({ ok: false, error });
  });

  it('uses the decimals asked for', () => {
    expect(parseDutchNumber('12,5', 1)).toEqual({ ok: true, value: 125 });
    expect(parseDutchNumber('12,55', 1)).toEqual({ ok: false, error: 'too-many-decimals' });
    expect(parseDutchNumber('1.000', 0)).toEqual({ ok: true, value: 1000 });
    expect(parseDutchNumber('2,5', 0)).toEqual({ ok: false, error: 'too-many-decimals' });
  });
});

describe('plain URL numbers', () => {
  it.each<[string, number, number]>([
    ['200', 2, 20000],
    ['12.5', 2, 1250],
    ['12.50', 2, 1250],
    ['0', 1, 0],
  ])('%j (%i decimals) → %i', (input, d, value) => {
    expect(parsePlainNumber(input, d)).toEqual({ ok: true, value });
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['-5', 'negative'],
    ['1,5', 'not-a-number'],
    ['1.000.000', 'not-a-number'],
    [' 5', 'not-a-number'],
    ['5e2', 'not-a-number'],
    ['12.345', 'too-many-decimals'],
  ])('%j → %s', (input, error) => {
    expect(parsePlainNumber(input, 2)).toEqual({ ok: false, error });
  });

  it.each<[number, number, string]>([
    [20000, 2, '200'],
    [1250, 2, '12.5'],
    [1205, 2, '12.05'],
    [5, 2, '0.05'],
    [125, 1, '12.5'],
    [1000, 0, '1000'],
  ])('plainNumber(%i, %i) = %s', (v, d, text) => {
    expect(plainNumber(v, d)).toBe(text);
    expect(parsePlainNumber(text, d)).toEqual({ ok: true, value: v });
  });
});

describe('form fields', () => {
  it.each<[Parameters<typeof readField>[0], string, string]>([
    ['yearsDetractor', '101', 'too-large'],
    ['customers', '0', 'too-small'],
    ['discountRate', '51', 'too-large'],
    ['mixDetractor', '100,5', 'too-large'],
    ['profitPassive', '1.000.001', 'too-large'],
    ['yearsPassive', '-3', 'negative'],
    ['keptAway', 'twee', 'not-a-number'],
    ['customers', '10,5', 'too-many-decimals'],
  ])('%s %j → %s', (field, text, error) => {
    expect(readField(field, text, 'pct')).toEqual({ ok: false, error });
  });

  it('treats an empty referred value as automatic', () => {
    expect(readField('referredValue', ' ', 'pct')).toEqual({ ok: true, value: null });
    expect(readField('referredValue', '€ 750', 'pct')).toEqual({ ok: true, value: 75000 });
  });

  it('shows the defaults as Dutch texts', () => {
    const texts = textsFor(DEFAULTS);
    expect(texts.profitPassive).toBe('125');
    expect(texts.customers).toBe('1.000');
    expect(texts.referredValue).toBe('');
    expect(readForm(texts, DEFAULTS)).toEqual({ state: DEFAULTS, errors: {} });
  });

  it('keeps the last valid value of a bad field and reports it', () => {
    const texts = { ...textsFor(DEFAULTS), profitDetractor: 'veel', yearsPromoter: '6' };
    const { state, errors } = readForm(texts, DEFAULTS);
    expect(errors).toEqual({ profitDetractor: 'not-a-number' });
    expect(state.profitDetractor).toBe(DEFAULTS.profitDetractor);
    expect(state.yearsPromoter).toBe(600);
  });

  it('keeps the last valid mix while percentages do not add up', () => {
    const texts = { ...textsFor(DEFAULTS), mixDetractor: '10' };
    const { state, errors } = readForm(texts, DEFAULTS);
    expect(errors).toEqual({ mix: 'mix-sum' });
    expect(state.mixDetractor).toBe(200);
    expect(mixSum(texts, 'pct')).toBe(900);
    const fixed = readForm({ ...texts, mixPassive: '60' }, state);
    expect(fixed.errors).toEqual({});
    expect([fixed.state.mixDetractor, fixed.state.mixPassive]).toEqual([100, 600]);
  });

  it('derives the number of customers from counts', () => {
    const prev = { ...DEFAULTS, mixMode: 'count' as const };
    const texts = { ...textsFor(prev), mixDetractor: '1.000', mixPassive: '0', mixPromoter: '500' };
    const { state, errors } = readForm(texts, prev);
    expect(errors).toEqual({});
    expect(state.customers).toBe(1500);
  });
});
