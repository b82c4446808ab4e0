// CSV text helpers for the writers: RFC 4180 quoting, cents as decimal text, a buffered
// synchronous file writer (bounded memory however many rows go through it).
import { closeSync, openSync, writeSync } from "node:fs";
import { csvField } from "../format/csvField.js";

export function csvRow(values: (string | number | bigint | undefined | null)[]): string {
  return values.map(csvField).join(",") + "\n";
}

/** Cents as "1234.56" (negative as "-1234.56"). */
export function centsText(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}

/** Cents with thousands separators, as statements print them: "1,530.00". */
export function groupedText(c: bigint): string {
  const [whole, frac] = centsText(c).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

export function isoUtc(ts: number): string {
  return new Date(ts * 1000).toISOString().replace(".000Z", "Z");
}

/** "2025-03-04 14:30:05" in East Africa Time (UTC+3, no daylight saving). */
export function eat(ts: number): string {
  return new Date((ts + 3 * 3600) * 1000).toISOString().slice(0, 19).replace("T", " ");
}

export class FileWriter {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(text: string): void {
    this.buf.push(text);
    this.size += text.length;
    this.rows++;
    if (this.size > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join(""));
    this.buf = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
