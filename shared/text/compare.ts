// The last tie-break of a sort on names: code points, where a collation (localeCompare) sees two different
// strings as equal (NFC and NFD spellings, ignorable characters), so a sorted list never depends on the
// order it was built in.
export function byCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
