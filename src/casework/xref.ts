// Links across cases (`flowtrace xref OTHER.duckdb`, `report --xref`): the accounts, phone
// numbers and persons this case shares with other cases, with what each side traced. The other
// case is opened read-only and only read.
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { openCase, type CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { inputError } from "../errors.js";

export interface XrefLink {
  kind: "account" | "phone" | "person";
  value: string;
  here_name: string | null;
  here_accounts: string[];
  here_traced_in: number;
  here_traced_out: number;
  other_name: string | null;
  other_accounts: string[];
  other_traced_in: number;
  other_traced_out: number;
}

export interface XrefCase {
  /** The other case file as given, and its file name. */
  path: string;
  case_file: string;
  /** The trace runs whose amounts are shown (latest of each case); null when a case has none. */
  here_run: string | null;
  other_run: string | null;
  currency: string;
  links: XrefLink[];
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** `all`: also what neither case's trace reached (by default only what carried traced money on either side). */
export async function xrefCases(db: CaseDb, others: string[], all = false): Promise<XrefCase[]> {
  const mine = (await allJson(db.conn, "casework/xref_identifiers"))[0]!;
  const out: XrefCase[] = [];
  for (const path of others) {
    if (!existsSync(path)) throw inputError("no_case", "other case not found", { file: path });
    if (resolve(path) === resolve(db.path)) throw inputError("same_case", "the other case is this case", { file: path });
    const other = await openCase(path, { readOnly: true });
    let doc: Record<string, unknown>;
    try {
      doc = (await allJson(other.conn, "casework/xref_identifiers"))[0]!;
    } catch (e) {
      throw inputError("not_a_case", `cannot read the other case: ${(e as Error).message.split("\n")[0]}`, { file: path });
    } finally {
      other.close();
    }
    const links = (await allJson(db.conn, "casework/xref_shared", { other: String(doc.doc), all })).map((r): XrefLink => ({
      kind: r.kind as XrefLink["kind"], value: String(r.value),
      here_name: (r.here_name as string | null) ?? null, here_accounts: (r.here_accounts as string[]) ?? [],
      here_traced_in: num(r.here_traced_in), here_traced_out: num(r.here_traced_out),
      other_name: (r.other_name as string | null) ?? null, other_accounts: (r.other_accounts as string[]) ?? [],
      other_traced_in: num(r.other_traced_in), other_traced_out: num(r.other_traced_out),
    }));
    out.push({ path, case_file: basename(path), here_run: (mine.run_id as string | null) ?? null, other_run: (doc.run_id as string | null) ?? null, currency: other.currency, links });
  }
  return out;
}
