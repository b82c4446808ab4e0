// `flowtrace bundle --out case.ftb [REPORTS_AND_EXPORTS..] [--passphrase-file F]`: seal the case
// file, its custody log and the given reports and exports into one passphrase-encrypted file
// for transport (docs/casework.md).
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { writeBundle } from "../../casework/bundle.js";
import { custodyEntries, custodyHead } from "../../casework/custody.js";
import { readPassphrase } from "../../casework/passphrase.js";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { TOOL_VERSION } from "../../version.js";
import { defineCommand } from "../command.js";
import { printJson } from "../output.js";

interface Args { out: string; files?: string[]; passphraseFile?: string }

export const bundleCommand = defineCommand<Args>({
  builder: (y) => y
    .positional("files", { type: "string", array: true, describe: "reports and exports to seal with the case" })
    .option("out", { type: "string", demandOption: true, describe: "the bundle to write (.ftb)" })
    .option("passphrase-file", { type: "string", describe: "file whose first line is the passphrase (else FLOWTRACE_PASSPHRASE, else a prompt)" }) as never,
  async run(args, io) {
    if (!existsSync(args.db)) throw inputError("no_case", "case database not found", { file: args.db });
    const out = resolve(args.out);
    const db = resolve(args.db);
    if (out === db) throw inputError("bad_option", "--out would overwrite the case file", { value: args.out });
    const passphrase = await readPassphrase(args.passphraseFile, true);
    const c = await openCase(args.db, { readOnly: true });
    let log: string;
    let head: string | null;
    try {
      const entries = await custodyEntries(c.conn);
      head = (await custodyHead(c.conn))?.hash ?? null;
      log = JSON.stringify({ case_file: basename(db), head, entries }, null, 2) + "\n";
    } finally {
      c.close();
    }
    const inputs = [{ path: db, role: "case" }];
    if (existsSync(`${db}.wal`)) inputs.push({ path: `${db}.wal`, role: "case-wal" });
    for (const f of args.files ?? []) inputs.push({ path: resolve(String(f)), role: "attachment" });
    const manifest = await writeBundle(out, inputs, [{ name: "custody.json", role: "custody-log", data: Buffer.from(log, "utf8") }], passphrase,
      { createdAt: io.now().toISOString(), toolVersion: TOOL_VERSION, custodyHead: head });
    if (args.json) { printJson(io, { path: out, manifest }); return; }
    io.out(`wrote ${out}: ${manifest.files.map((f) => f.name).join(", ")} (sealed with AES-256-GCM; custody head ${head ?? "none"})\n`);
  },
});
