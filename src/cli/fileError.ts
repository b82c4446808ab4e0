// A file-system error on a path the user named (--out /nonexistent/x.csv, --out ., /dev/full)
// is the user's to fix: one line, exit 1. The same error on the tool's own files (sql/, the
// report bundle) is a fault: left alone, it exits 2 with its stack.
import { resolve, sep } from "node:path";
import { inputError, type FlowtraceError } from "../errors.js";
import { packageRoot } from "../paths.js";

const WHAT: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder, not a file",
  EEXIST: "already exists",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENAMETOOLONG: "file name too long",
  EINVAL: "invalid file name",
  EFBIG: "file too large",
  EMFILE: "too many open files",
  ENXIO: "no such device",
};

export function userFileError(e: unknown): FlowtraceError | null {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!err || typeof err.code !== "string" || !(err.code in WHAT) || typeof err.syscall !== "string") return null;
  const path = typeof err.path === "string" ? err.path : typeof (err as { dest?: unknown }).dest === "string" ? String((err as { dest?: unknown }).dest) : undefined;
  // without a path (ENOSPC on write) it is still the output the user chose; with one, only
  // paths outside the package are the user's
  if (path !== undefined && path !== "" && resolve(path).startsWith(packageRoot() + sep)) return null;
  if (err.code === "EEXIST" && err.syscall === "mkdir") return inputError("file_error", `cannot write into ${JSON.stringify(path)}: it exists and is not a folder`);
  const action = /open|write|mkdir|rename|copyfile|symlink|unlink|rm/.test(err.syscall) ? "cannot write" : "cannot read";
  return inputError("file_error", `${action} ${path === undefined ? "output" : JSON.stringify(path)}: ${WHAT[err.code]}`);
}
