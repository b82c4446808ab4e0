// PaySim (Lopez-Rojas et al.) mobile-money simulator logs. Steps are hours from an epoch that
// PaySim does not name: --epoch (default 2017-01-01T00:00:00Z) fixes it. See docs/formats.md.
import type { FormatReader } from "../format.js";
import { exec } from "../../db/sql.js";
import { epochOption } from "./epoch.js";
import { applyDerivedAccounts, createDerivedAccounts } from "./derivedAccounts.js";

export const paysimReader: FormatReader = {
  name: "paysim",
  detect: (head) => /^step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest/.test(head),
  async stage({ db, path, options }) {
    await exec(db.conn, "ingest/formats/paysim/stage_transfers", {
      path, epoch: epochOption(options.epoch, "2017-01-01T00:00:00Z", path), currency: options.currency ?? "USD",
    });
    await createDerivedAccounts(db);
    await exec(db.conn, "ingest/formats/paysim/stage_accounts");
    await applyDerivedAccounts(db);
  },
};
