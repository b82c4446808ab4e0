// The one entry point other stages call: a redactor for this case (secret + protected people).
// `report --redact` applies `redactor.value(reportData)` before rendering; exports apply it to
// their rows before writing.
import type { CaseDb } from "../db/connect.js";
import { createRedactor, type Redactor } from "./createRedactor.js";
import { protectedPeople } from "./protectedPeople.js";
import { redactionSecret } from "./redactionSecret.js";

export async function redactorFor(db: CaseDb): Promise<Redactor> {
  return createRedactor(await redactionSecret(db), await protectedPeople(db));
}

/** Redact any JSON-like value (a report's data, rows) for this case. */
export async function redactData<T>(db: CaseDb, data: T): Promise<T> {
  return (await redactorFor(db)).value(data);
}
