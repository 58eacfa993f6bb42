// The Compound File Binary format ([MS-CFB]) that holds an Excel 97–2003 workbook: a FAT file system in
// one file. Enough to read one named stream: the header, the DIFAT and FAT chains, the directory, and
// the mini stream where streams under 4096 bytes live. Every chain is bounded, so a damaged file gives an
// error, never a loop.

export class CompoundFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompoundFileError';
  }
}

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** The bytes of the stream of that name (case-insensitive), or null when there is none. */
  stream(name: string): Uint8Array | null;
  streamNames(): string[];
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || !CFB_SIGNATURE.every((b, i) => bytes[i] === b)) throw new CompoundFileError('not a compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number) => {
    if (offset + 4 > bytes.length) throw new CompoundFileError('truncated');
    return view.getUint32(offset, true);
  };
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CompoundFileError('bad sector size');
  const sectorSize = 1 << sectorShift;
  const miniSize = 1 << miniShift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorOffset = (sector: number) => {
    if (sector >= sectorCount) throw new CompoundFileError('sector out of range');
    return (sector + 1) * sectorSize;
  };

  // DIFAT: the sectors that hold the FAT.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const sector = u32(0x4c + i * 4);
    if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
  }
  let difat = u32(0x44);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE; guard++) {
    if (guard > sectorCount) throw new CompoundFileError('DIFAT loop');
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const sector = u32(base + i * 4);
      if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
    }
    difat = u32(base + perSector * 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    const base = sectorOffset(sector);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(u32(base + i * 4));
  }

  const chain = (start: number, table: readonly number[]): number[] => {
    const sectors: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && s !== FREE; s = table[s] ?? END_OF_CHAIN) {
      if (sectors.length > table.length) throw new CompoundFileError('chain loop');
      sectors.push(s);
    }
    return sectors;
  };
  const readChain = (start: number, size: number | null): Uint8Array => {
    const sectors = chain(start, fat);
    const out = new Uint8Array(sectors.length * sectorSize);
    sectors.forEach((s, i) => out.set(bytes.subarray(sectorOffset(s), sectorOffset(s) + sectorSize), i * sectorSize));
    return size === null ? out : out.subarray(0, Math.min(size, out.length));
  };

  const directoryBytes = readChain(u32(0x30), null);
  const entries: DirectoryEntry[] = [];
  for (let offset = 0; offset + DIRECTORY_ENTRY_SIZE <= directoryBytes.length; offset += DIRECTORY_ENTRY_SIZE) {
    const entry = new DataView(directoryBytes.buffer, directoryBytes.byteOffset + offset, DIRECTORY_ENTRY_SIZE);
    const nameLength = Math.min(entry.getUint16(0x40, true), 64);
    const type = entry.getUint8(0x42);
    if (type === 0) continue;
    const name = new TextDecoder('utf-16le').decode(directoryBytes.subarray(offset, offset + Math.max(nameLength - 2, 0)));
    entries.push({ name, type, start: entry.getUint32(0x74, true), size: entry.getUint32(0x78, true) });
  }
  const root = entries.find((e) => e.type === 5);
  const cutoff = u32(0x38);

  let miniFat: number[] | null = null;
  let miniStream: Uint8Array | null = null;
  const readMini = (start: number, size: number): Uint8Array => {
    if (!root) throw new CompoundFileError('no root entry');
    miniFat ??= (() => {
      const table = readChain(u32(0x3c), null);
      const dv = new DataView(table.buffer, table.byteOffset, table.byteLength);
      return Array.from({ length: table.length / 4 }, (_, i) => dv.getUint32(i * 4, true));
    })();
    miniStream ??= readChain(root.start, root.size);
    const container = miniStream;
    const sectors = chain(start, miniFat);
    const out = new Uint8Array(sectors.length * miniSize);
    sectors.forEach((s, i) => {
      if ((s + 1) * miniSize > container.length) throw new CompoundFileError('mini sector out of range');
      out.set(container.subarray(s * miniSize, (s + 1) * miniSize), i * miniSize);
    });
    return out.subarray(0, Math.min(size, out.length));
  };

  return {
    streamNames: () => entries.filter((e) => e.type === 2).map((e) => e.name),
    stream(name) {
      const entry = entries.find((e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase());
      if (!entry) return null;
      return entry.size < cutoff ? readMini(entry.start, entry.size) : readChain(entry.start, entry.size);
    },
  };
}
