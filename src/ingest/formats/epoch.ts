// The epoch of simulators that count time in steps (PaySim hours, AMLSim days): an option,
// because the data sets name none; the default is documented per format in docs/formats.md.
import { inputError } from "../../errors.js";

/** The epoch as "YYYY-MM-DD HH:MM:SS" UTC text for SQL, from an ISO 8601 option or the default. */
export function epochOption(given: unknown, fallback: string, path: string): string {
  const text = typeof given === "string" && given.trim() ? given.trim() : fallback;
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || text.length <= 10 ? text : `${text}Z`);
  if (Number.isNaN(t)) throw inputError("bad_epoch", "epoch is not an ISO 8601 date or time", { file: path, value: text });
  return new Date(t).toISOString().slice(0, 19).replace("T", " ");
}
