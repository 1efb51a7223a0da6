// Issue 9 §10: who besides administrators and SYSTEM can change the state folder, read from its
// SDDL (the same text in every language). Samples marked "published" are genuine outputs quoted
// in public documentation; the others are written by hand for one rule each.
import { describe, expect, it } from 'vitest';
import { otherWritersIn, rightsMask } from '../../../src-main/core/state/sddl.js';

describe('otherWritersIn', () => {
  it('published: `cacls /S` of a folder under an inherited ProgramData-like ACL (Users may add files and folders)', () => {
    // Microsoft "Ask the Directory Services Team", The Security Descriptor Definition Language of
    // Love (Part 2): a DACL only, so the owner is unknown.
    const sddl =
      'D:AI(D;OICI;FA;;;BG)(A;;FA;;;BA)(A;OICIID;FA;;;BA)(A;OICIID;FA;;;SY)(A;OICIIOID;GA;;;CO)(A;OICIID;0x1200a9;;;BU)(A;CIID;LC;;;BU)(A;CIID;DC;;;BU)';
    expect(otherWritersIn(sddl)).toEqual(['owner: unknown', 'Users']);
  });

  it('published: administrators and SYSTEM full control, Users read and execute: nobody else', () => {
    // marcusoh.blogspot.com, "how to decipher sddl for useful stuff" (a file in C:\temp).
    const sddl =
      'O:BAG:DUD:ARAI(A;;FA;;;BA)(A;;FA;;;SY)(A;;0x1200a9;;;BU)(A;ID;FA;;;BA)(A;ID;FA;;;SY)(A;ID;0x1200a9;;;BU)';
    expect(otherWritersIn(sddl)).toEqual([]);
  });

  it('published: an owner account with generic write (Windows Installer FormattedSDDLText example)', () => {
    const user = 'S-1-5-21-1004336348-1177238915-682003330-1001';
    const sddl = `O:${user}G:BAD:(D;OICI;GA;;;BG)(A;OICI;GRGWGX;;;${user})(A;OICI;GA;;;BA)S:ARAI(AU;SAFA;FA;;;WD)`;
    // The deny entry and the audit entry for Everyone (SACL) give nobody a right.
    expect(otherWritersIn(sddl)).toEqual([`owner: ${user}`, user]);
  });

  it('what the tool sets (owner Administrators, protected, Administrators and SYSTEM only): nobody else', () => {
    expect(otherWritersIn('O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)')).toEqual([]);
    expect(
      otherWritersIn('O:S-1-5-32-544G:S-1-5-18D:PAI(A;OICI;FA;;;S-1-5-18)(A;OICI;FA;;;S-1-5-32-544)'),
    ).toEqual([]);
  });

  it.each([
    ['Everyone full control', 'O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;WD)', ['Everyone']],
    ['a NULL DACL', 'O:BAG:SYD:NO_ACCESS_CONTROL', ['Everyone']],
    ['no DACL at all', 'O:BAG:SY', ['Everyone']],
    ['Authenticated Users modify (hex)', 'O:BAG:SYD:PAI(A;OICI;0x1301bf;;;AU)', ['Authenticated Users']],
    ['Users write only on files inside (inherit-only)', 'O:BAG:SYD:PAI(A;OICIIO;FW;;;BU)', ['Users']],
    ['Users may only change permissions', 'O:BAG:SYD:PAI(A;;WD;;;BU)', ['Users']],
    [
      'CREATOR OWNER full control on itself (not inherit-only)',
      'O:BAG:SYD:PAI(A;;FA;;;CO)',
      ['CREATOR OWNER'],
    ],
    [
      'a user as owner, DACL clean',
      'O:S-1-5-21-1-2-3-1001G:SYD:PAI(A;OICI;FA;;;BA)',
      ['owner: S-1-5-21-1-2-3-1001'],
    ],
    ['a right SDDL does not define (fail closed)', 'O:BAG:SYD:PAI(A;;ZZ;;;BU)', ['Users']],
  ])('%s: refused', (_what, sddl, writers) => {
    expect(otherWritersIn(sddl)).toEqual(writers);
  });

  it.each([
    ['CREATOR OWNER inherit-only', 'O:BAG:SYD:PAI(A;OICIIO;GA;;;CO)(A;OICI;FA;;;SY)'],
    ['Users read, list and execute only', 'O:SYG:SYD:PAI(A;OICI;FRFX;;;BU)(A;OICI;0x1200a9;;;AU)'],
    ['a deny entry for Everyone', 'O:BAG:SYD:PAI(D;OICI;FA;;;WD)(A;OICI;FA;;;BA)'],
  ])('%s: nobody else', (_what, sddl) => {
    expect(otherWritersIn(sddl)).toEqual([]);
  });

  it('reads rights as hex or as SDDL letters', () => {
    expect(rightsMask('0x1200a9')).toBe(0x1200a9);
    expect(rightsMask('FA')).toBe(0x1f01ff);
    expect(rightsMask('LCDC')).toBe(0x6);
    expect(rightsMask('F')).toBe(0xffffffff);
  });
});
