// The options `report` and `export` share for redaction (--redact, --suspects FILE) and the
// one Redaction both build from them (src/redact, docs/security.md).
import type { Argv } from "yargs";
import type { CaseDb } from "../db/connect.js";
import { inputError } from "../errors.js";
import type { Redaction } from "../redact/createRedaction.js";
import { readSuspects } from "../redact/readSuspects.js";
import { redactionFor } from "../redact/redactFor.js";
import type { Io } from "./io.js";

export interface RedactionArgs { redact: boolean; suspects?: string }

export function redactionOptions<A>(y: Argv<A>): Argv<A & RedactionArgs> {
  return y
    .option("redact", { type: "boolean", default: false, describe: "pseudonymise every person (names, phones, account ids, references) except the suspects" })
    .option("suspects", { type: "string", describe: "with --redact: file of account ids to leave visible as suspects, one a line (added to the roles flowtrace detect found)" }) as Argv<A & RedactionArgs>;
}

/** The redaction asked for, or undefined; says on stderr when no suspect is left visible. */
export async function redactionFromArgs(db: CaseDb, args: RedactionArgs, io: Io, runId?: string): Promise<Redaction | undefined> {
  if (!args.redact) {
    if (args.suspects !== undefined) throw inputError("bad_option", "--suspects is only used with --redact", { value: args.suspects });
    return undefined;
  }
  const suspects = args.suspects !== undefined ? await readSuspects(db, args.suspects) : [];
  const redaction = await redactionFor(db, { suspects, ...(runId !== undefined ? { runId } : {}) });
  if (redaction.suspects.length === 0) io.err("redact: no suspects marked (run flowtrace detect, or give --suspects FILE): every account is pseudonymised\n");
  return redaction;
}
