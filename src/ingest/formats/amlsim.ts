// IBM AMLSim outputs, legacy (2019: transactions.csv sourceNodeId,targetNodeId,value,time and
// nodes.csv; the older sample outputs tx.csv, cash_tx.csv, accounts.csv) and current
// (transactions.csv tran_id,orig_acct,... and accounts.csv acct_id,...).
// The header tells which file it is. Legacy steps are days from --epoch (default 2017-01-01).
import type { FormatReader } from "../format.js";
import { exec } from "../../db/sql.js";
import { inputError } from "../../errors.js";
import { epochOption } from "./epoch.js";
import { fileHead } from "./statementHead.js";

const LEGACY_TX = /^sourceNodeId,targetNodeId,value,time\b/;
const LEGACY_NODES = /^nodeid,isFraud,init_balance/;
const CURRENT_TX = /^tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp/;
const CURRENT_ACCOUNTS = /^acct_id,dsply_nm,type,acct_stat/;
const SAMPLE_TX = /^TXN_ID,ACCOUNT_ID,COUNTER_PARTY_ACCOUNT_NUM,TXN_SOURCE_TYPE_CODE/;
const SAMPLE_CASH = /^TXN_ID,ACCOUNT_ID,BRANCH_ID,TXN_SOURCE_TYPE_CODE/;
const SAMPLE_ACCOUNTS = /^ACCOUNT_ID,PRIMARY_CUSTOMER_ID,init_balance/;
const ALL = [LEGACY_TX, LEGACY_NODES, CURRENT_TX, CURRENT_ACCOUNTS, SAMPLE_TX, SAMPLE_CASH, SAMPLE_ACCOUNTS];

export const amlsimReader: FormatReader = {
  name: "amlsim",
  detect: (head) => ALL.some((r) => r.test(head)),
  async stage({ db, path, options }) {
    const head = fileHead(path);
    const currency = options.currency ?? "USD";
    if (LEGACY_TX.test(head)) {
      await exec(db.conn, "ingest/formats/amlsim/legacy_transfers", { path, epoch: epochOption(options.epoch, "2017-01-01", path), currency });
    } else if (LEGACY_NODES.test(head)) {
      await exec(db.conn, "ingest/formats/amlsim/legacy_accounts", { path });
    } else if (CURRENT_TX.test(head)) {
      await exec(db.conn, "ingest/formats/amlsim/current_transfers", { path, currency });
    } else if (CURRENT_ACCOUNTS.test(head)) {
      await exec(db.conn, "ingest/formats/amlsim/current_accounts", { path });
    } else if (SAMPLE_TX.test(head) || SAMPLE_CASH.test(head)) {
      const sql = SAMPLE_TX.test(head) ? "legacy_sample_tx" : "legacy_cash";
      await exec(db.conn, `ingest/formats/amlsim/${sql}`, { path, epoch: epochOption(options.epoch, "2017-01-01", path), currency });
    } else if (SAMPLE_ACCOUNTS.test(head)) {
      await exec(db.conn, "ingest/formats/amlsim/legacy_sample_accounts", { path });
    } else {
      throw inputError("not_this_format", "not an AMLSim transactions, nodes or accounts file (header not recognised)", { file: path });
    }
  },
};
