/**
 * The word that starts each chunk of a written Pagefind index, read from the
 * index's metadata file (`pagefind.*.pf_meta`).
 *
 * Why: a one-character query is a prefix search, and Pagefind loads only the
 * chunk where the character itself would sort, so words starting with it in
 * later chunks (`区` then 区域, 区， …) would be missed. The search page
 * preloads every chunk whose first word starts with the character
 * (src/scripts/search.ts), which needs the chunks' first words; Pagefind
 * keeps them only in its binary metadata, so the build writes them out.
 *
 * The metadata is `pagefind_dcd` followed by CBOR, gzipped (Pagefind's
 * pagefind/src/index/index_metadata.rs): an array of version, pages, index
 * chunks as [from, to, hash], filters, sorts, meta fields. Only what that
 * encoder writes is decoded: unsigned integers, strings, arrays.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The first word of every index chunk, in Pagefind's order. */
export async function chunkStarts(indexFolder: string): Promise<string[]> {
  const metaFile = (await readdir(indexFolder)).find((name) => name.endsWith('.pf_meta'));
  if (metaFile === undefined) throw new Error(`no Pagefind metadata file in ${indexFolder}`);
  const bytes = gunzipSync(await readFile(join(indexFolder, metaFile)));
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`${metaFile}: not a Pagefind metadata file (it starts “${signature}”)`);
  const meta = new CborReader(bytes, SIGNATURE.length).read();
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((chunk) => Array.isArray(chunk) && typeof chunk[0] === 'string')) {
    throw new Error(`${metaFile}: Pagefind's metadata no longer has its index chunks third (version ${String(Array.isArray(meta) ? meta[0] : meta)})`);
  }
  return chunks.map((chunk) => (chunk as string[])[0]!);
}

type Cbor = number | string | Cbor[];

class CborReader {
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  private offset: number;

  constructor(bytes: Uint8Array, offset: number) {
    this.bytes = bytes;
    this.offset = offset;
  }

  read(): Cbor {
    const initial = this.bytes[this.offset]!;
    this.offset += 1;
    const major = initial >> 5;
    const length = this.argument(initial & 31);
    switch (major) {
      case 0:
        return length;
      case 2:
      case 3: {
        const value = this.text.decode(this.bytes.subarray(this.offset, this.offset + length));
        this.offset += length;
        return value;
      }
      case 4:
        return Array.from({ length }, () => this.read());
      default:
        throw new Error(`unexpected CBOR major type ${major} at byte ${this.offset - 1}`);
    }
  }

  /** The number that follows a CBOR head: in the head itself below 24, else in the next 1, 2, 4 or 8 bytes. */
  private argument(info: number): number {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`unsupported CBOR length ${info} at byte ${this.offset - 1}`);
    let value = 0;
    for (let index = 0; index < size; index += 1) value = value * 256 + this.bytes[this.offset + index]!;
    this.offset += size;
    return value;
  }
}
