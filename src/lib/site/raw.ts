/**
 * The raw file is published byte for byte (site.md §1), in whatever encoding
 * the editor saved it (format.md §1.4); its Content-Type names the charset
 * the parser read it with.
 */
import { decode } from '../briefing/decode.ts';

export function textCharset(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' {
  const decoded = decode(bytes, 'raw');
  if (!decoded.ok) return 'utf-8';
  const { encoding } = decoded.value;
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

export function textContentType(bytes: Uint8Array): string {
  return `text/plain; charset=${textCharset(bytes)}`;
}
