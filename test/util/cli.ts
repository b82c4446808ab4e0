// Run the CLI in-process with a captured Io and a fixed clock.
import { memoryIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], now = new Date("2026-01-01T00:00:00Z")): Promise<CliResult> {
  const io = memoryIo(now);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Parse the single JSON document a --json command printed. */
export function json<T = any>(r: CliResult): T {
  if (r.code !== 0) throw new Error(`command failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
