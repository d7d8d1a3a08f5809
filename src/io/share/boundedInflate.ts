/**
 * Raw-deflate decompression that stops as soon as the output passes a limit, so a small hostile
 * link cannot expand into gigabytes (deflate reaches about 1000:1).
 */
import { Inflate } from 'fflate';

/** Compressed bytes are fed in slices this big, which bounds what one step can produce. */
const SLICE = 1024;

export class TooLargeError extends Error {}

/** The inflated bytes; throws TooLargeError past `maxBytes`, and fflate's error on corrupt data. */
export function boundedInflate(data: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLargeError(`more than ${maxBytes} bytes once decompressed`);
    chunks.push(chunk);
  });
  for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
