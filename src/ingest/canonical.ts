// Canonical input (cli-contract.md): transfers, accounts and FX rates, recognised by header,
// as CSV, Parquet, NDJSON or Arrow IPC.
import type { FormatReader } from "./format.js";

export const canonicalReaders: FormatReader[] = [];
