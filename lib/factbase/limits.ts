/** Size limits of fact packs, apart from the import code so the options page can check a file before reading it. */

/** The largest pack file accepted, in bytes of UTF-8. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
