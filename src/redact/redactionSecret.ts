// The per-case key for pseudonyms, kept in the case (meta redaction_secret) so that a person
// gets the same pseudonym in every document made from this case, and a different one in
// another case. Created on first use from a cryptographic random source.
import { randomBytes } from "node:crypto";
import type { CaseDb } from "../db/connect.js";
import { allJson, exec } from "../db/sql.js";
import { inputError } from "../errors.js";

export async function redactionSecret(db: CaseDb): Promise<string> {
  const existing = (await allJson(db.conn, "case/meta_get", { key: "redaction_secret" }))[0]?.value as string | undefined;
  if (existing) return existing;
  if (db.readOnly) throw inputError("no_redaction_secret", "the case has no redaction secret yet: run the command once without read-only access", { file: db.path });
  const secret = randomBytes(32).toString("hex");
  await exec(db.conn, "case/meta_set", { key: "redaction_secret", value: secret });
  return secret;
}
