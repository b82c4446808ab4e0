// What kind of file this is underneath (CSV text, Parquet, NDJSON, Arrow IPC), from its
// first bytes; canonical columns may come in any of them.
import { closeSync, openSync, readSync } from "node:fs";

export type Container = "csv" | "parquet" | "ndjson" | "arrow";

/** The first `bytes` bytes of a file. */
export function fileHead(path: string, bytes = 64 * 1024): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export function fileContainer(head: Buffer, path: string): Container {
  if (head.subarray(0, 4).toString("latin1") === "PAR1") return "parquet";
  if (head.subarray(0, 6).toString("latin1") === "ARROW1") return "arrow";
  // Arrow IPC stream format: starts with the continuation marker 0xFFFFFFFF.
  if (head.length >= 8 && head.readUInt32LE(0) === 0xffffffff && /\.arrows?$/i.test(path)) return "arrow";
  const text = head.subarray(0, 256).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || /\.(ndjson|jsonl)$/i.test(path)) return "ndjson";
  return "csv";
}
