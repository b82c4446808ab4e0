// IBM AMLworld (Altman et al. 2023) transaction CSVs: the raw HI/LI-*_Trans.csv layout, whose
// header names two columns "Account", and the 13-column re-headered export. Read by position.
import type { FormatReader } from "../format.js";
import { exec } from "../../db/sql.js";
import { createFormatMacros } from "./macros.js";
import { fileHead } from "./statementHead.js";

const RAW = /^Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format/;
const REHEADERED = /^timestamp,from_bank_id,from_account_id,from_account_key,to_bank_id,to_account_id,to_account_key,amount_received/;

export const amlworldReader: FormatReader = {
  name: "amlworld",
  detect: (head) => RAW.test(head) || REHEADERED.test(head),
  async stage({ db, path }) {
    await createFormatMacros(db);
    await exec(db.conn, "ingest/formats/amlworld/stage_transfers", { path, skip: 1, reheadered: REHEADERED.test(fileHead(path)) });
  },
};
