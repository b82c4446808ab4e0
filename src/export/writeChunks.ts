// Writes text produced piece by piece, so a large export never holds the whole file as one
// string (a goAML file of 200,000 transfers is 300 MB).
import { closeSync, openSync, writeSync } from "node:fs";

export function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    let buf = "";
    for (const c of chunks) {
      buf += c;
      if (buf.length >= 1 << 20) { writeSync(fd, buf); buf = ""; }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}
