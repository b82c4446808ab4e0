// The SHA-256 of a file, streamed (files may be several GB): the fingerprint that makes
// re-loading the same file a no-op and ties every figure to exactly one input.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
