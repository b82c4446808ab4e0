// Transaction identifiers in the style of each carrier: M-Pesa receipts ("TC4K9X2B7Q"),
// telebirr ids, MTO references, bank references, hawala ledger numbers. A counter scrambled by
// a bijective multiplication keeps them unique without remembering the ones issued.
import type { Rng } from "./rng.js";

const B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const SPACE = 36n ** 6n;
const MUL = 2654435761n; // odd and not a multiple of 3: a bijection modulo 36^6

function scrambled(counter: number, width = 6): string {
  let v = (BigInt(counter) * MUL) % SPACE;
  let s = "";
  for (let i = 0; i < width; i++) {
    s = B36[Number(v % 36n)]! + s;
    v /= 36n;
  }
  return s;
}

export type IdStyle = "mpesa" | "telebirr" | "momo" | "sdwallet" | "mto" | "bank" | "hawala";

export class Ids {
  private counter = 0;

  constructor(private readonly rng: Rng) {}

  /** A fresh id; `when` (epoch seconds) gives the month letter receipts carry. */
  next(style: IdStyle, when: number, carrierCode = "X"): string {
    const n = this.counter++;
    const month = "ABCDEFGHIJKL"[new Date(when * 1000).getUTCMonth()]!;
    const tail = B36[this.rng.int(10, 35)]! + B36[this.rng.int(0, 35)]!;
    switch (style) {
      case "mpesa": return `T${month}${scrambled(n)}${tail}`;
      case "telebirr": return `C${month}${tail}${scrambled(n)}`;
      case "momo": return `${String(70_000_000_000 + n * 7 + this.rng.int(0, 6))}`;
      case "sdwallet": return `SD${month}${scrambled(n)}`;
      case "mto": return `${carrierCode}${String(100_000_000 + n).slice(1)}${tail}`;
      case "bank": {
        const d = new Date(when * 1000);
        const doy = Math.floor((when - Date.UTC(d.getUTCFullYear(), 0, 1) / 1000) / 86400) + 1;
        return `FT${String(d.getUTCFullYear()).slice(2)}${String(doy).padStart(3, "0")}${scrambled(n)}`;
      }
      case "hawala": return `${carrierCode}-${String(n).padStart(6, "0")}`;
    }
  }
}
