import { createHash } from 'node:crypto';

/** Content hash used in headers and the manifest (first 16 hex digits of SHA-256). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}
