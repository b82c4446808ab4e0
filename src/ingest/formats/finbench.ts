// LDBC FinBench CSVs ('|'-delimited): AccountTransferAccount, AccountWithdrawAccount (transfers)
// and Account (accounts). Ids exceed 2^53 and stay text from file to case.
import type { FormatReader } from "../format.js";
import { exec } from "../../db/sql.js";
import { inputError } from "../../errors.js";
import { fileHead } from "./statementHead.js";

const TRANSFER = /^fromId\|toId\|amount\|createTime\|orderNum/;
const WITHDRAW = /^fromId\|toId\|amount\|createTime\s*$/m;
const ACCOUNT = /^accountId\|createTime\|isBlocked\|accoutType/;

export const finbenchReader: FormatReader = {
  name: "finbench",
  detect: (head) => TRANSFER.test(head) || WITHDRAW.test(head.split("\n")[0] ?? "") || ACCOUNT.test(head),
  async stage({ db, path, options }) {
    const first = fileHead(path).split(/\r?\n/)[0] ?? "";
    const currency = options.currency ?? "USD";
    if (TRANSFER.test(first)) await exec(db.conn, "ingest/formats/finbench/stage_transfers", { path, kind: "transfer", currency });
    else if (WITHDRAW.test(first)) await exec(db.conn, "ingest/formats/finbench/stage_transfers", { path, kind: "withdraw", currency });
    else if (ACCOUNT.test(first)) await exec(db.conn, "ingest/formats/finbench/stage_accounts", { path });
    else throw inputError("not_this_format", "not a FinBench AccountTransferAccount, AccountWithdrawAccount or Account file", { file: path });
  },
};
