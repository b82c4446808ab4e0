// Every command, in the order `flowtrace --help` lists them. Add one line per command module.
import type { Command } from "../command.js";
import { sqlCommand } from "./sql.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: Command<any>[] = [
  sqlCommand,
];
