// The shape every command module has. main.ts builds yargs from the list in commands/index.ts.
import type { Argv } from "yargs";
import type { Io } from "./io.js";

export interface GlobalArgs {
  db: string;
  json: boolean;
}

export interface Command<A = Record<string, unknown>> {
  /** yargs command string, e.g. "ingest <files..>". */
  command: string;
  describe: string;
  builder: (y: Argv<GlobalArgs>) => Argv<A & GlobalArgs>;
  run: (args: A & GlobalArgs, io: Io) => Promise<void>;
}

/** Identity helper that keeps the argument type of a command definition. */
export function defineCommand<A>(c: Command<A>): Command<A> {
  return c;
}
