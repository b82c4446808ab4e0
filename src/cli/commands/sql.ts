// `flowtrace sql "SELECT …"`: query the case read-only. Investigators live in SQL, but the
// case is evidence (docs/security.md): the query runs on a sealed connection (read-only, no
// file, network or extension access, configuration locked; see openCase's `sealed`), and only
// one statement of a reading kind is accepted, counted and classified by DuckDB's own parser.
import { StatementType, type DuckDBPreparedStatement } from "@duckdb/node-api";
import { openCase } from "../../db/connect.js";
import { inputError } from "../../errors.js";
import { defineCommand } from "../command.js";
import { formatTable, printJson } from "../output.js";

/** Statement kinds that only read (DESCRIBE, SHOW, SUMMARIZE and PRAGMA show_tables are SELECTs). */
const READING = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0]!;

export const sqlCommand = defineCommand({
  builder: (y) => y.positional("query", { type: "string", demandOption: true, describe: "one SQL statement" }),
  async run(args, io) {
    const db = await openCase(args.db, { sealed: true });
    try {
      const stmt = await readingStatement(db.conn, args.query);
      let reader;
      try {
        reader = await stmt.runAndReadAll();
      } catch (e) {
        throw refusalOrFailure(e);
      }
      const columns = reader.columnNames();
      const rows = reader.getRowObjectsJson();
      if (args.json) printJson(io, { columns, rows });
      else io.out(formatTable(columns, rows.map((r) => columns.map((c) => r[c]))));
    } finally {
      db.close();
    }
  },
});

/** The query's one statement, prepared, if it only reads; otherwise a one-line refusal. */
async function readingStatement(conn: Awaited<ReturnType<typeof openCase>>["conn"], query: string): Promise<DuckDBPreparedStatement> {
  if (query.trim() === "") throw inputError("sql_empty", "no sql statement given");
  let extracted;
  try {
    extracted = await conn.extractStatements(query);
  } catch (e) {
    throw inputError("sql_failed", `query failed: ${firstLine(e)}`);
  }
  if (extracted.count === 0) throw inputError("sql_empty", "no sql statement given");
  if (extracted.count > 1) {
    throw inputError("sql_refused", `refused: one statement per call, the query has ${extracted.count}`);
  }
  let stmt: DuckDBPreparedStatement;
  try {
    stmt = await extracted.prepare(0);
  } catch (e) {
    throw refusalOrFailure(e);
  }
  if (!READING.has(stmt.statementType)) {
    // DuckDB parses INSTALL as a LOAD statement
    const name = StatementType[stmt.statementType] ?? "unknown";
    const kind = name === "LOAD" ? "INSTALL or LOAD" : name.replace(/_/g, " ");
    throw inputError("sql_refused", `refused: ${kind} statement (sql runs one read-only SELECT on the case)`);
  }
  return stmt;
}

/** DuckDB's permission errors are the seal at work: say so; anything else is a failed query. */
function refusalOrFailure(e: unknown) {
  const line = firstLine(e);
  if (/^Permission Error|configuration has been locked|extensions is disabled/i.test(line)) {
    return inputError("sql_refused", `refused: ${line.replace(/^Permission Error: /, "").toLowerCase()} (sql reads only the case: no files, network or extensions)`);
  }
  return inputError("sql_failed", `query failed: ${line}`);
}
