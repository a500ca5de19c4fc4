import { inflateRawSync } from 'node:zlib';

/** Artifact archives hold a few reports; anything larger is not one of ours. */
const MAX_ENTRY_BYTES = 64 << 20;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new Error('not a zip archive (no end of central directory)');
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function entries(zip: Buffer): Entry[] {
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const found: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('corrupt zip archive (central directory)');
    const nameLength = zip.readUInt16LE(at + 28);
    found.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

/**
 * Reads one file out of a zip archive (the format GitHub serves artifacts in): stored or
 * deflated entries, size-capped. Returns undefined when the archive has no such file.
 */
export function readZipEntry(zip: Buffer, name: string): Buffer | undefined {
  const entry = entries(zip).find((e) => e.name === name || e.name.endsWith(`/${name}`));
  if (!entry) return undefined;
  if (entry.size > MAX_ENTRY_BYTES) throw new Error(`${name} in the archive is larger than ${MAX_ENTRY_BYTES} bytes`);
  const at = entry.localOffset;
  if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new Error('corrupt zip archive (local header)');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  throw new Error(`${name} uses zip compression method ${entry.method}; only stored and deflate are read`);
}
