// Ids of new dossiers: time-ordered UUIDs (version 7, RFC 9562 §5.7): a 48-bit Unix time in
// milliseconds, then 12 bits of a counter that keeps ids made in the same millisecond in order, then 62
// random bits. Ids made later sort after earlier ones, so the unique index on dossiers.id and the history
// index (dossier_id, version) grow at their right edge instead of taking a random leaf page for every new
// dossier (a million-dossier ledger no longer fits its page cache). Older ledgers keep their random
// (version 4) ids: both are 36-character lower-case UUIDs, and nothing reads meaning into an id.
import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const POOL_IDS = 256;
const RANDOM_BYTES_PER_ID = 10;
/** The 12-bit counter starts at a random value below this, so it has room to grow within a millisecond. */
const COUNTER_START_BELOW = 0x800;
const COUNTER_MAX = 0xfff;

export interface DossierIdSource {
  /** A new lower-case UUIDv7, after every id this source made before (even if the clock goes back). */
  next(): string;
}

/** `now` (ms since 1970) can be injected for tests; default the system clock. */
export function createDossierIdSource(now: () => number = Date.now): DossierIdSource {
  const pool = Buffer.alloc(POOL_IDS * RANDOM_BYTES_PER_ID);
  let poolAt = pool.length;
  let lastMs = -1;
  let counter = 0;

  function randomBytes(): number {
    if (poolAt >= pool.length) {
      randomFillSync(pool);
      poolAt = 0;
    }
    const at = poolAt;
    poolAt += RANDOM_BYTES_PER_ID;
    return at;
  }

  return {
    next() {
      const r = randomBytes();
      let ms = Math.max(Math.floor(now()), lastMs);
      if (ms === lastMs) {
        counter += 1;
        if (counter > COUNTER_MAX) {
          ms += 1; // RFC 9562 §6.2: on counter overflow the timestamp may run ahead
          counter = ((pool[r] ?? 0) << 8 | (pool[r + 1] ?? 0)) % COUNTER_START_BELOW;
        }
      } else {
        counter = ((pool[r] ?? 0) << 8 | (pool[r + 1] ?? 0)) % COUNTER_START_BELOW;
      }
      lastMs = ms;
      const time = ms.toString(16).padStart(12, '0');
      const b = (i: number) => HEX[pool[r + i] ?? 0] ?? '00';
      const variant = HEX[((pool[r + 2] ?? 0) & 0x3f) | 0x80] ?? '80';
      return (
        `${time.slice(0, 8)}-${time.slice(8, 12)}-` +
        `7${(counter >> 8).toString(16)}${HEX[counter & 0xff] ?? '00'}-` +
        `${variant}${b(3)}-${b(4)}${b(5)}${b(6)}${b(7)}${b(8)}${b(9)}`
      );
    },
  };
}

const shared = createDossierIdSource();

/** A new dossier id (UUIDv7), in order with every id this process made before. */
export function newDossierId(): string {
  return shared.next();
}
