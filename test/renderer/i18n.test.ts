import { describe, expect, it } from 'vitest';
import { en } from '../../src-renderer/i18n/en.js';
import { langFromLocale } from '../../src-renderer/i18n/i18n.svelte.js';
import { sv } from '../../src-renderer/i18n/sv.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('dictionaries', () => {
  it('have exactly the same keys in English and Swedish', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(sv)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(sv[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('use the Swedish IT words', () => {
    expect(sv.next).toBe('Nästa');
    expect(sv.back).toBe('Tillbaka');
    expect(sv.step_backup).toBe('Säkerhetskopia');
    expect(sv.restartNow).toBe('Starta om nu');
    expect(sv.confirmRollback).toMatch(/^Återställ/);
  });
});

describe('language from the OS locale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['SV-fi', 'sv'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    ['svx', 'en'],
  ])('%s -> %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
