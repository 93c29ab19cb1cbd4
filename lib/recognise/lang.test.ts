import { describe, expect, it } from 'vitest';
import { detectLang } from './lang';

describe('detectLang', () => {
  it('detects Dutch', () => {
    expect(detectLang('Het aantal asielaanvragen is vorig jaar gestegen, volgens het CBS.')).toBe('nl');
  });
  it('detects English', () => {
    expect(detectLang('The number of asylum applications rose last year, according to the statistics office.')).toBe('en');
  });
  it('falls back on no evidence', () => {
    expect(detectLang('12345', 'en')).toBe('en');
    expect(detectLang('')).toBe('nl');
  });
});
