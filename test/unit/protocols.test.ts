import { describe, expect, it } from 'vitest';
import {
  choiceMask,
  describeProtocolMask,
  desiredProtocolMask,
  isProtocolChoice,
  PROTOCOL_CHOICES,
} from '../../src-main/core/catalogue/protocols.js';

describe('protocol choices', () => {
  it('are exactly the four of the source article, with their masks', () => {
    expect(PROTOCOL_CHOICES.map((c) => [c, choiceMask(c)])).toEqual([
      ['1.2', 0x800],
      ['1.1,1.2', 0xa00],
      ['1.0,1.1,1.2', 0xa80],
      ['1.0,1.2', 0x880],
    ]);
  });

  it('accepts nothing else', () => {
    for (const bad of ['1.3', '1.0', '1.2,1.1', '', '0xA80', '1.0,1.1'])
      expect(isProtocolChoice(bad)).toBe(false);
  });

  it('is the chosen TLS 1.0-1.2 bits only: never SSL 2.0 / 3.0 or unknown bits', () => {
    expect(desiredProtocolMask('1.2', false)).toBe(0x800);
    expect(desiredProtocolMask('1.0,1.1,1.2', false)).toBe(0xa80);
  });

  it('adds TLS 1.3 exactly when it must be kept', () => {
    expect(desiredProtocolMask('1.2', true)).toBe(0x2800);
    expect(desiredProtocolMask('1.1,1.2', true)).toBe(0x2a00);
    expect(desiredProtocolMask('1.0,1.2', false)).toBe(0x880);
  });

  it('names the protocols of a mask', () => {
    expect(describeProtocolMask(0xa80)).toBe('TLS 1.0, TLS 1.1, TLS 1.2');
    expect(describeProtocolMask(0x28)).toBe('SSL 2.0, SSL 3.0');
    expect(describeProtocolMask(0x10800)).toBe('TLS 1.2, unknown bits 0x10000');
    expect(describeProtocolMask(0)).toBe('none');
  });
});
