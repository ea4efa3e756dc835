/**
 * The raw file is published byte for byte (site.md §1), in whatever encoding
 * the editor saved it (format.md §1.4). The charset in its Content-Type is
 * read off the bytes the same way: a byte-order mark, else UTF-8 when the
 * bytes are valid UTF-8, else GB18030.
 */
export function textCharset(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export function textContentType(bytes: Uint8Array): string {
  return `text/plain; charset=${textCharset(bytes)}`;
}
