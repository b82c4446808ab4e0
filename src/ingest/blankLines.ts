// Byte offsets of the blank lines of a text file. DuckDB's CSV reader skips blank lines but
// counts them in the line numbers it gives rejected rows; good rows get no line number at
// all. To number both the same way (records, blank lines not counted) the rejected rows'
// numbers are corrected by the blank lines before them. Only needed when a file has rejects.
import { createReadStream } from "node:fs";

const LF = 0x0a;
const CR = 0x0d;

export async function blankLineOffsets(path: string): Promise<number[]> {
  const offsets: number[] = [];
  let base = 0;
  // The two bytes before the current chunk: a blank line may straddle a chunk boundary.
  let prev1 = LF; // treat the file start as after a newline: an empty first line is blank
  let prev2 = LF;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = chunk.indexOf(LF);
    while (i !== -1) {
      const b1 = i >= 1 ? chunk[i - 1]! : prev1;
      const b2 = i >= 2 ? chunk[i - 2]! : i === 1 ? prev1 : prev2;
      if (b1 === LF || (b1 === CR && b2 === LF)) offsets.push(base + i);
      i = chunk.indexOf(LF, i + 1);
    }
    if (chunk.length >= 2) {
      prev2 = chunk[chunk.length - 2]!;
      prev1 = chunk[chunk.length - 1]!;
    } else if (chunk.length === 1) {
      prev2 = prev1;
      prev1 = chunk[0]!;
    }
    base += chunk.length;
  }
  return offsets;
}
