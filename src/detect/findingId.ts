// Stable finding ids: the pattern plus a short hash of its key and accounts, so the same
// finding on the same data has the same id in every run (and `trace --seed-finding` works
// from an id written down yesterday).
import { createHash } from "node:crypto";

export function findingId(pattern: string, key: string, accounts: readonly string[]): string {
  const h = createHash("sha256").update([pattern, key, ...accounts].join("\n")).digest("hex");
  return `${pattern}-${h.slice(0, 10)}`;
}
