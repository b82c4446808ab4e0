// The transfers a forward trace of a stored finding starts from (`trace --seed-finding ID`):
// for ransom collection the relatives' payments, for pass-through and consolidation the
// inflows that were passed on or consolidated.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";

export async function findingSeeds(db: CaseDb, findingId: string): Promise<string[]> {
  let rows: Record<string, unknown>[];
  try {
    rows = await allJson(db.conn, "detect/finding_seeds", { finding_id: findingId });
  } catch {
    rows = []; // a case where detect never ran has no detection tables yet (read-only open)
  }
  if (rows.length === 0) throw inputError("unknown_finding", `no stored finding with this id (run flowtrace detect first): ${findingId}`, { value: findingId });
  return JSON.parse(rows[0]!.seeds as string) as string[];
}
