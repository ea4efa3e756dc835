/**
 * A written Pagefind index's metadata file (`pagefind.*.pf_meta`), read and
 * written back.
 *
 * The build needs two things Pagefind keeps only there: the word that
 * starts each index chunk (`chunkStarts`), and the names of the shard's
 * files, which it shortens (src/integrations/pagefind-names.ts).
 *
 * The file is `pagefind_dcd` followed by CBOR, gzipped (Pagefind's
 * pagefind/src/index/index_metadata.rs): an array of version, pages as
 * [hash, word count, …], index chunks as [from, to, hash], filters, sorts,
 * meta fields. Only what that encoder writes is read and written: unsigned
 * integers, text strings, arrays, each head as short as its number allows,
 * so what is read gives back the same bytes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export type Cbor = number | string | Cbor[];

/** The parts of the metadata the build reads, checked; the rest is kept as it was read. */
export interface PagefindMeta {
  /** The file's name in the index folder. */
  file: string;
  /** The whole decoded array. */
  value: Cbor[];
  /** Each page: [hash, word count, …], in Pagefind's page order. */
  pages: [string, number, ...Cbor[]][];
  /** Each index chunk: [first word, last word, hash], in word order. */
  chunks: [string, string, string][];
}

export async function readMeta(indexFolder: string): Promise<PagefindMeta> {
  const file = (await readdir(indexFolder)).find((name) => name.endsWith('.pf_meta'));
  if (file === undefined) throw new Error(`no Pagefind metadata file in ${indexFolder}`);
  const bytes = gunzipSync(await readFile(join(indexFolder, file)));
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`${file}: not a Pagefind metadata file (it starts “${signature}”)`);
  const value = new CborReader(bytes, SIGNATURE.length).read();
  const unexpected = (what: string): never => {
    throw new Error(`${file}: Pagefind's metadata no longer has ${what} (version ${String(Array.isArray(value) ? value[0] : value)})`);
  };
  if (!Array.isArray(value)) return unexpected('an array at its top');
  const [, pages, chunks] = value;
  if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string' && typeof page[1] === 'number')) {
    return unexpected('its pages second');
  }
  if (!Array.isArray(chunks) || !chunks.every((chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string'))) {
    return unexpected('its index chunks third');
  }
  return { file, value, pages: pages as PagefindMeta['pages'], chunks: chunks as PagefindMeta['chunks'] };
}

/** The metadata file's bytes for `value`, gzipped at the level Pagefind uses. */
export function encodeMeta(value: Cbor[]): Uint8Array {
  const writer = new CborWriter();
  writer.write(value);
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), writer.bytes()]), { level: 9 });
}

/**
 * The first word of every index chunk, in Pagefind's order.
 *
 * Why: a one-character query is a prefix search, and Pagefind loads only the
 * chunk where the character itself would sort, so words starting with it in
 * later chunks (`区` then 区域, 区， …) would be missed. The search page
 * preloads every chunk whose first word starts with the character
 * (src/scripts/search.ts), which needs the chunks' first words.
 */
export function chunkStarts(meta: PagefindMeta): string[] {
  return meta.chunks.map(([from]) => from);
}

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

class CborWriter {
  private readonly parts: Uint8Array[] = [];

  write(value: Cbor): void {
    if (typeof value === 'number') this.head(0, value);
    else if (typeof value === 'string') {
      const bytes = Buffer.from(value, 'utf8');
      this.head(3, bytes.length);
      this.parts.push(bytes);
    } else {
      this.head(4, value.length);
      for (const item of value) this.write(item);
    }
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.parts);
  }

  /** The shortest head for the number, as Pagefind's encoder writes it. */
  private head(major: number, argument: number): void {
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`cannot write ${argument} as a CBOR head`);
    if (argument < 24) {
      this.parts.push(Uint8Array.of((major << 5) | argument));
      return;
    }
    const size = argument < 2 ** 8 ? 1 : argument < 2 ** 16 ? 2 : argument < 2 ** 32 ? 4 : 8;
    const head = new Uint8Array(1 + size);
    head[0] = (major << 5) | (24 + Math.log2(size));
    let rest = argument;
    for (let index = size; index >= 1; index -= 1) {
      head[index] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    this.parts.push(head);
  }
}
