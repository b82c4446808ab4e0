// How an inferred link (a hawala bridge: in no record, paired by `flowtrace hawala`) is
// explained where it is shown: in a title attribute or a chart's hover text.
import type { InferredMark } from "./model.js";

export function inferredNote(mark: InferredMark): string {
  const conf = mark.confidence === null ? "confidence unknown" : `confidence ${mark.confidence.toFixed(2)}`;
  return `inferred link (hawala bridge), in no record; ${conf}${mark.evidence.length ? `: ${mark.evidence.join("; ")}` : ""}`;
}
