// Who is working: `--author` when given, else FLOWTRACE_AUTHOR, else the operating system's user
// name. Recorded with every note and custody-log entry.
import { userInfo } from "node:os";

export function caseAuthor(given?: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof given === "string" && given.trim()) return given.trim();
  if (env.FLOWTRACE_AUTHOR?.trim()) return env.FLOWTRACE_AUTHOR.trim();
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown"; // no passwd entry (some containers)
  }
}
