// scrypt for short secrets (the chairman's PIN): a random salt per PIN, the parameters stored beside the
// hash so they can be raised later, and a constant-time comparison.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** ~32 MiB and a few tenths of a second on an old office PC: slow for guessing, fine for signing. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

export const scryptParamsSchema = z.object({
  N: z.number().int().min(2 ** 10).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.number().int().min(32).max(64),
});

export interface PinHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

const SALT_BYTES = 16;

function derive(secret: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(secret.normalize('NFC'), salt, params.keyLength, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r,
  });
}

export function hashSecret(secret: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): PinHash {
  const salt = randomBytes(SALT_BYTES);
  return { params, salt, hash: derive(secret, salt, params) };
}

/** Whether `secret` is the one hashed; the comparison takes the same time wherever the bytes differ. */
export function secretMatches(secret: string, stored: PinHash): boolean {
  const candidate = derive(secret, stored.salt, stored.params);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
