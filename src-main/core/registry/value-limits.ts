/**
 * How large a value the tool keeps in a backup, and so may replace. The same bounds decide
 * which typed form a value read from the registry gets (decode-value.ts) and what a backup or a
 * journal may hold (backup/validate-state.ts): one place, so that the two can never disagree.
 */

/** Characters in one REG_SZ / REG_EXPAND_SZ string, or one REG_MULTI_SZ item. */
export const MAX_STRING_CHARS = 4096;
/** Items in one REG_MULTI_SZ. */
export const MAX_MULTI_SZ_ITEMS = 64;
/**
 * Bytes of one value, whatever its type. 13 values of this size stay well below a backup's
 * 1 MiB, hex-encoded. A longer value is shown, but not replaced: it could not be restored.
 */
export const MAX_VALUE_BYTES = 16 * 1024;
