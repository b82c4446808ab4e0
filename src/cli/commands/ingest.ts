// `flowtrace ingest FILE...`: load transfer, account and FX files into the case.
import { readFileSync } from "node:fs";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { ingestFiles } from "../../ingest/ingestFiles.js";
import { zoneParams } from "../../ingest/formats/zone.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

interface IngestArgs {
  files: string[];
  format?: string;
  mapping?: string;
  currency?: string;
  timezone?: string;
  owner?: string;
  country?: string;
  epoch?: string;
  "default-currency"?: string;
  "rate-source"?: string;
  password?: string;
}

function readMapping(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw inputError("bad_mapping", `cannot read mapping: ${(e as Error).message.split("\n")[0]!.toLowerCase()}`, { file: path });
  }
}

export const ingestCommand = defineCommand<IngestArgs>({
  builder: (y) =>
    y
      .positional("files", { type: "string", array: true, demandOption: true, describe: "files or folders to load, in order (a folder: each file recognised, with the mappings and owners found next to it; see docs/ingest.md)" })
      .option("format", { type: "string", describe: "read every file as this format (default: recognise each by its header)" })
      .option("mapping", { type: "string", describe: "column mapping (JSON file) for spreadsheet-like formats" })
      .option("currency", { type: "string", describe: "reporting currency of a new case (ISO 4217; default USD)" })
      .option("timezone", { type: "string", describe: "time zone of timestamps written without one (formats that need it)" })
      .option("owner", { type: "string", describe: "account id whose statement the files are (statement formats)" })
      .option("country", { type: "string", describe: "phone country hint, ISO 3166-1 alpha-2 (formats that read phone numbers; default per format)" })
      .option("epoch", { type: "string", describe: "ISO 8601 time of step 1 (PaySim hours, AMLSim days; default 2017-01-01)" })
      .option("default-currency", { type: "string", describe: "currency of rows that name none (formats that need it)" })
      .option("password", { type: "string", describe: "password of protected PDF statements (the emailed M-Pesa statement's; never recorded)" })
      .option("rate-source", { type: "string", describe: "value with FX rates of this declared source only" }) as never,
  async run(args, io) {
    const mapping = args.mapping !== undefined ? readMapping(args.mapping) : undefined;
    // checked before the case is opened (or created): a bad option changes nothing
    if (args.timezone !== undefined) zoneParams(args.timezone);
    const db = await openCase(args.db, { currency: args.currency });
    try {
      const result = await ingestFiles(db, args.files, {
        format: args.format, mapping, mappingPath: args.mapping, timezone: args.timezone, owner: args.owner, country: args.country, epoch: args.epoch,
        currency: args["default-currency"], password: args.password, rateSource: args["rate-source"], quiet: args.json,
      }, io);
      if (args.json) {
        printJson(io, result);
        return;
      }
      io.out(formatTable(
        ["file", "format", "read", "loaded", "quarantined", "note"],
        [...result.sources.map((s) => [s.path, s.format, s.rows_read, s.rows_loaded, s.rows_quarantined,
          s.already_loaded ? "already loaded (same SHA-256): nothing loaded" : s.rows_quarantined ? "see flowtrace quarantine" : ""]),
        ...result.skipped.map((s) => [s.path, "-", "", "", "", s.reason])],
      ));
    } finally {
      db.close();
    }
  },
});
