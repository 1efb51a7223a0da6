/** Every value type Windows defines (0..11), and numbers it does not: the registry stores any 32-bit type. */
export const TYPE_NUMBERS = [...Array.from({ length: 12 }, (_, i) => i), 12, 0x1234, 0x7fffffff, 0xffffffff];
