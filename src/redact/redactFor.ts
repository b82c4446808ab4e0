// The one entry point other stages call: the case's redaction (secret, its accounts, the
// victims and relatives it knows, the suspects). `report --redact` applies it to the report's
// data before rendering, every export format to its rows before writing.
import type { CaseDb } from "../db/connect.js";
import { allJson } from "../db/sql.js";
import { createRedaction, type CaseAccount, type Redaction } from "./createRedaction.js";
import { protectedPeople } from "./protectedPeople.js";
import { redactionSecret } from "./redactionSecret.js";

export interface RedactionOptions {
  /** Accounts the investigator marks as suspects (e.g. read by readSuspects from --suspects FILE). */
  suspects?: readonly string[];
  /** The trace run the document is about: its detection run's roles are preferred. */
  runId?: string;
  /** Also leave visible the accounts `flowtrace detect` gave a suspect's role (default true). */
  detected?: boolean;
}

/** The suspects' accounts `flowtrace detect` found (collector, broker, leader, cash-out). */
export async function detectedSuspects(db: CaseDb, runId?: string): Promise<string[]> {
  return (await allJson(db.conn, "redact/detected_suspects", { run_id: runId ?? null })).map((r) => r.account_id as string);
}

export async function redactionFor(db: CaseDb, o: RedactionOptions = {}): Promise<Redaction> {
  const suspects = [...(o.suspects ?? []), ...(o.detected === false ? [] : await detectedSuspects(db, o.runId))];
  return createRedaction(await redactionSecret(db), {
    accounts: (await allJson(db.conn, "redact/case_accounts")) as unknown as CaseAccount[],
    protectedPeople: await protectedPeople(db),
    suspects,
  });
}

/** Redact any JSON-like value (a report's data, rows) for this case. */
export async function redactData<T>(db: CaseDb, data: T, o: RedactionOptions = {}): Promise<T> {
  return (await redactionFor(db, o)).value(data);
}
