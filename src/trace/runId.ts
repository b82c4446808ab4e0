// A run's id is derived from what determines its result: method, direction, options, seeds
// and the fingerprints of every source file. The same trace on the same case gets the same id
// (so repeated runs give byte-identical output and replace their stored rows); any change in
// data or options gives a new one.
import { createHash } from "node:crypto";

export function runId(parts: { method: string; direction: string; options: unknown; seeds: string[]; sources: string[] }): string {
  const h = createHash("sha256").update(JSON.stringify([parts.method, parts.direction, parts.options, parts.seeds, parts.sources]));
  return `run-${h.digest("hex").slice(0, 16)}`;
}
