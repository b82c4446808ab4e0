// Where a bundle's passphrase comes from: --passphrase-file (its first line), else the
// FLOWTRACE_PASSPHRASE environment variable, else a prompt on the terminal (not echoed). It is
// never taken from the command line itself, where it would land in shell history and in the
// custody log.
import { readFileSync } from "node:fs";
import { inputError } from "../errors.js";

export const MIN_PASSPHRASE = 8;

export async function readPassphrase(file: string | undefined, confirm: boolean, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  let p: string | undefined;
  if (file !== undefined) {
    try {
      p = readFileSync(file, "utf8").split(/\r?\n/)[0];
    } catch {
      throw inputError("passphrase_file", "cannot read passphrase file", { file });
    }
  } else if (env.FLOWTRACE_PASSPHRASE) {
    p = env.FLOWTRACE_PASSPHRASE;
  } else if (process.stdin.isTTY && process.stderr.isTTY) {
    p = await prompt("passphrase: ");
    if (confirm && (await prompt("passphrase again: ")) !== p) throw inputError("passphrase", "the two passphrases differ");
  }
  if (!p) throw inputError("passphrase", "no passphrase: give --passphrase-file FILE or set FLOWTRACE_PASSPHRASE (or run in a terminal to be asked)");
  if (confirm && p.length < MIN_PASSPHRASE) throw inputError("passphrase", `passphrase too short: at least ${MIN_PASSPHRASE} characters`);
  return p;
}

/** One line from the terminal without echo. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let text = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (value: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (value === null) reject(inputError("passphrase", "cancelled"));
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done(text);
        if (ch === "\u0003" || ch === "\u0004") return done(null); // Ctrl-C, Ctrl-D
        if (ch === "\u007f" || ch === "\b") text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on("data", onData);
  });
}
