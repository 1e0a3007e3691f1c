import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a text (UTF-8), in hex: the one content hash of Parallax — article content
 * hashes, ids of piped articles, store keys.
 *
 * @example
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
