// Making the folder a command writes into (generate --out, report --out DIR/x.html, demo).
// Node's recursive mkdir loops for ever on some paths (/proc/x: each try fails with ENOENT and
// it tries the parent again), so a folder whose parent exists is made on its own; a path that
// exists and is no folder is the user's error.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { inputError } from "./errors.js";

export function makeFolder(path: string): void {
  const abs = resolve(path);
  if (existsSync(abs)) {
    if (!statSync(abs).isDirectory()) throw inputError("not_a_folder", `cannot write into ${JSON.stringify(path)}: it exists and is not a folder`);
    return;
  }
  if (existsSync(dirname(abs))) mkdirSync(abs);
  else mkdirSync(abs, { recursive: true });
}
