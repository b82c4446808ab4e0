// Parses a command line and runs the command. The only place that turns errors into exit
// codes: 0 done, 1 wrong input or options (one-line message), 2 anything else.
import yargs from "yargs";
import { FlowtraceError, inputError } from "../errors.js";
import { TOOL_VERSION } from "../version.js";
import type { Io } from "./io.js";
import { userFileError } from "./fileError.js";
import { commands } from "./commands/index.js";
import { withCustody } from "../casework/custodyHook.js";

export async function runCli(argv: string[], io: Io): Promise<number> {
  let helpText = "";
  const parser = yargs(argv)
    .scriptName("flowtrace")
    .usage("flowtrace <command> [options]\n\nFollow ransom money through transfer records in a DuckDB case file.")
    .option("db", { type: "string", default: "./case.duckdb", describe: "case database (DuckDB file)", global: true })
    .option("json", { type: "boolean", default: false, describe: "print one JSON document on stdout", global: true })
    .version(TOOL_VERSION)
    .strict()
    .demandCommand(1, "a command is needed: see flowtrace --help")
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs writes some messages over several lines; the contract is one line.
      throw err ?? inputError("usage", lowerFirst((msg ?? "invalid command line").replace(/\s*\n\s*/g, " ")));
    });
  // Only the modules of commands the line names are loaded (a command's handler runs only when
  // its name is on the line); the others need no more than their name and description for help.
  const named = new Set(argv);
  const cli = { run: runCli, commands: commands.map((c) => c.command.split(" ")[0]!) };
  for (const c of commands) {
    const m = named.has(c.command.split(" ")[0]!) ? await c.load() : null;
    parser.command({
      command: c.command,
      describe: c.describe,
      builder: (y) => (m ? m.builder(y) : y),
      // Every command that changes the case leaves one custody-log entry (docs/casework.md).
      handler: async (args) => withCustody({ command: c.command.split(" ")[0]!, argv, args, now: () => io.now() },
        async () => (m ?? await c.load()).run(args, io, cli)),
    });
  }
  try {
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      helpText = output;
    });
    if (helpText) io.out(helpText + "\n");
    return 0;
  } catch (e) {
    const fileError = userFileError(e);
    if (fileError) {
      io.err(`flowtrace: ${fileError.message}\n`);
      return fileError.exitCode;
    }
    if (e instanceof FlowtraceError) {
      io.err(`flowtrace: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`flowtrace: internal error: ${err?.stack ?? String(e)}\n`);
    return 2;
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
