#!/usr/bin/env node
// The flowtrace executable. The only place that sets the process exit code.
import { processIo } from "./io.js";
import { runCli } from "./run.js";

// A reader that stops early (`flowtrace trace --json | head`) closes the pipe: stop quietly,
// as other command-line tools do, instead of printing an unhandled EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), processIo());
