// Every command, in the order `flowtrace --help` lists them (the order of an investigation:
// load, trace, find, match, report, export; then the training tools). One line per command module.
import type { Command } from "../command.js";
import { sqlCommand } from "./sql.js";
import { reportCommand } from "./report.js";
import { ingestCommand } from "./ingest.js";
import { quarantineCommand } from "./quarantine.js";
import { sourcesCommand } from "./sources.js";
import { matchStatementsCommand } from "./match-statements.js";
import { exportCommand } from "./export.js";
import { entitiesCommand } from "./entities.js";
import { hawalaCommand } from "./hawala.js";
import { detectCommand } from "./detect.js";
import { generateCommand } from "./generate.js";
import { gradeCommand } from "./grade.js";
import { demoCommand } from "./demo.js";
import { traceCommand } from "./trace.js";
import { runsCommand } from "./runs.js";
import { ledgerCommand } from "./ledger.js";
import { compareCommand } from "./compare.js";
import { pathsCommand } from "./paths.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: Command<any>[] = [
  ingestCommand,
  quarantineCommand,
  sourcesCommand,
  sqlCommand,
  traceCommand,
  compareCommand,
  runsCommand,
  ledgerCommand,
  pathsCommand,
  detectCommand,
  matchStatementsCommand,
  entitiesCommand,
  hawalaCommand,
  reportCommand,
  exportCommand,
  generateCommand,
  gradeCommand,
  demoCommand,
];
