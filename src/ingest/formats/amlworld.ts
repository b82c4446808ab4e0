// IBM AMLworld (Altman et al. 2023) transaction CSVs: the raw HI/LI-*_Trans.csv layout, whose
// header names two columns "Account", and the 13-column re-headered export; and its accounts
// files (raw and re-headered). Read by position.
import type { FormatReader } from "../format.js";
import { exec } from "../../db/sql.js";
import { createFormatMacros } from "./macros.js";
import { fileHead } from "./statementHead.js";

const RAW = /^Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format/;
const REHEADERED = /^timestamp,from_bank_id,from_account_id,from_account_key,to_bank_id,to_account_id,to_account_key,amount_received/;
const RAW_ACCOUNTS = /^Bank Name,Bank ID,Account Number,Entity ID,Entity Name/;
const REHEADERED_ACCOUNTS = /^account_key,account_id,bank_id,bank_name,entity_id,entity_name/;

export const amlworldReader: FormatReader = {
  name: "amlworld",
  detect: (head) => [RAW, REHEADERED, RAW_ACCOUNTS, REHEADERED_ACCOUNTS].some((r) => r.test(head)),
  async stage({ db, path }) {
    const head = fileHead(path);
    if (RAW_ACCOUNTS.test(head) || REHEADERED_ACCOUNTS.test(head)) {
      await exec(db.conn, "ingest/formats/amlworld/stage_accounts", { path, reheadered: REHEADERED_ACCOUNTS.test(head) });
      return;
    }
    await createFormatMacros(db);
    await exec(db.conn, "ingest/formats/amlworld/stage_transfers", { path, skip: 1, reheadered: REHEADERED.test(fileHead(path)) });
  },
};
