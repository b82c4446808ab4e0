// A chart's hover text for a band or arrow that carries inferred links (hawala bridges, in no
// record) among its transfers: how many, and the lowest confidence among them.
export function inferredShare(inferred: number, transfers: number, minConfidence: number | null): string {
  if (!inferred) return "";
  const conf = minConfidence === null ? "" : `, confidence ${minConfidence.toFixed(2)}${inferred > 1 ? " or more" : ""}`;
  const which = inferred === 1 && transfers === 1 ? "an inferred link" : `${inferred === transfers ? "all" : `${inferred} of them`} ${inferred === 1 ? "is an inferred link" : "are inferred links"}`;
  return `\n${which} (hawala bridge${inferred === 1 ? "" : "s"}, in no record)${conf}`;
}
