// `npm run bench [-- --quick] [-- --scales 10000,50000] [-- --out FILE]`.
import { parseArgs } from 'node:util';

export interface BenchArgs {
  scales: number[];
  out: string;
  /** Keep the generated ledgers (their paths are printed). */
  keep: boolean;
}

export const FULL_SCALES = [10_000, 100_000, 1_000_000];
export const QUICK_SCALES = [10_000, 100_000];

export function parseBenchArgs(argv: string[], defaultOut: string): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  let scales = values.quick ? QUICK_SCALES : FULL_SCALES;
  if (values.scales !== undefined) {
    scales = values.scales.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    if (scales.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--scales needs whole numbers of at least 100: ${values.scales}`);
  }
  return { scales, out: values.out ?? defaultOut, keep: values.keep };
}

/** 10k, 100k, 1M … as the results file and the table name a scale. */
export function scaleName(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}
