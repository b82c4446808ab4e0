// The shape of a command. commands/index.ts lists each command's name and description with a
// loader for its module; the module defines the options (builder) and what it does (run).
import type { Argv } from "yargs";
import type { Io } from "./io.js";

export interface GlobalArgs {
  db: string;
  json: boolean;
}

/**
 * The command line itself, for a command that runs others (demo): handed in by run.ts, so that
 * no command module imports the command list or the parser (which import it: a cycle).
 */
export interface CliContext {
  /** Run a command line as `flowtrace` does; returns the exit status. */
  run: (argv: string[], io: Io) => Promise<number>;
  /** The names of the commands this build has. */
  commands: readonly string[];
}

/** What a command module defines. */
export interface CommandModule<A = Record<string, unknown>> {
  /** The command's options; `defineCommand` infers the arguments' type from what it returns. */
  builder: (y: Argv<GlobalArgs>) => Argv<A>;
  run: (args: A & GlobalArgs, io: Io, cli: CliContext) => Promise<void>;
}

/** One entry of the command list. */
export interface Command {
  /** yargs command string, e.g. "ingest <files..>". */
  command: string;
  describe: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load: () => Promise<CommandModule<any>>;
}

/**
 * Identity helper that keeps the argument type of a command module: written without a type
 * argument, the type of `run`'s arguments is inferred from the builder's options.
 */
export function defineCommand<A>(c: CommandModule<A>): CommandModule<A> {
  return c;
}
