// Every command, in the order `flowtrace --help` lists them (the order of an investigation:
// load, trace, find, match, report, export; then the training tools). A command's module (its
// options and what it does) is imported only when the command line names it, so a command
// loads only the libraries it uses: `trace` never pays for the report's d3, the XML parser or
// the phone-number metadata.
import type { Command } from "../command.js";

export const commands: Command[] = [
  {
    command: "ingest <files..>",
    describe: "load transfer, account and FX files (canonical CSV/Parquet/NDJSON/Arrow or a known export) into the case",
    load: async () => (await import("./ingest.js")).ingestCommand,
  },
  {
    command: "quarantine",
    describe: "list the rows ingest rejected: file, row, column, value and reason",
    load: async () => (await import("./quarantine.js")).quarantineCommand,
  },
  {
    command: "sources",
    describe: "list the files loaded into the case: SHA-256, format, row counts",
    load: async () => (await import("./sources.js")).sourcesCommand,
  },
  {
    command: "sql <query>",
    describe: "run a read-only SQL query on the case (views: transfers, accounts, quarantine, sources, trace_*)",
    load: async () => (await import("./sql.js")).sqlCommand,
  },
  {
    command: "trace",
    describe: "trace seeds forward (or an account backward) under an allocation rule, and store the run",
    load: async () => (await import("./trace.js")).traceCommand,
  },
  {
    command: "compare",
    describe: "trace the same seeds under every method and compare totals and top receiving accounts",
    load: async () => (await import("./compare.js")).compareCommand,
  },
  {
    command: "runs",
    describe: "list the trace runs stored in the case (id, method, seeds, totals)",
    load: async () => (await import("./runs.js")).runsCommand,
  },
  {
    command: "ledger",
    describe: "show a run's allocation ledger: which inflows funded each traced outflow",
    load: async () => (await import("./ledger.js")).ledgerCommand,
  },
  {
    command: "paths",
    describe: "time-respecting transfer paths between two accounts, largest possible flow first",
    load: async () => (await import("./paths.js")).pathsCommand,
  },
  {
    command: "detect",
    describe: "find accounts that behave like collectors, brokers and leaders (scored, with roles, findings and evidence)",
    load: async () => (await import("./detect.js")).detectCommand,
  },
  {
    command: "match-statements <file>",
    describe: "match relatives' statements (CSV) to recorded transfers, with reasons; write confirmed matches as trace seeds",
    load: async () => (await import("./match-statements.js")).matchStatementsCommand,
  },
  {
    command: "entities",
    describe: "resolve accounts into persons and organisations (shared phones and identifiers, Habesha/Arabic-aware name similarity)",
    load: async () => (await import("./entities.js")).entitiesCommand,
  },
  {
    command: "hawala",
    describe: "infer hawala bridges (pay-in leg → payout leg) by code word, amount net of commission, time and corridor",
    load: async () => (await import("./hawala.js")).hawalaCommand,
  },
  {
    command: "report",
    describe: "write an offline HTML report of a trace run (default: the latest run)",
    load: async () => (await import("./report.js")).reportCommand,
  },
  {
    command: "export",
    describe: "export the case or a trace run as FtM, goAML XML, Arrow, Parquet, CSV, GraphML, or the next-steps list",
    load: async () => (await import("./export.js")).exportCommand,
  },
  {
    command: "note [words..]",
    describe: "write, list, edit or retract the investigator's notes and labels on accounts and transfers",
    load: async () => (await import("./note.js")).noteCommand,
  },
  {
    command: "custody [action]",
    describe: "print the case's custody log (every command that changed the case, hash-chained), or verify it",
    load: async () => (await import("./custody.js")).custodyCommand,
  },
  {
    command: "xref <others..>",
    describe: "accounts, phone numbers and persons this case shares with other cases, with traced amounts (read-only)",
    load: async () => (await import("./xref.js")).xrefCommand,
  },
  {
    command: "bundle [files..]",
    describe: "seal the case, its custody log and reports/exports into one passphrase-encrypted file for transport",
    load: async () => (await import("./bundle.js")).bundleCommand,
  },
  {
    command: "unbundle <file>",
    describe: "check a sealed bundle completely, then write its files",
    load: async () => (await import("./unbundle.js")).unbundleCommand,
  },
  {
    command: "generate",
    describe: "generate a synthetic ransom case (canonical CSVs, raw records, seeds, answer key, exercises)",
    load: async () => (await import("./generate.js")).generateCommand,
  },
  {
    command: "grade",
    describe: "score a participant's answers against a case's answer key (per-question feedback)",
    load: async () => (await import("./grade.js")).gradeCommand,
  },
  {
    command: "demo",
    describe: "ingest the bundled sample case, trace its ransom payments, detect, and write reports/demo.html",
    load: async () => (await import("./demo.js")).demoCommand,
  },
];
