// The raw records an investigator receives, written from the same transfers as the canonical
// files (docs/scenarios.md documents each layout).
import { mkdirSync } from "node:fs";
import type { Ctx } from "../ctx.js";
import type { Transfer } from "../model.js";
import type { Story } from "../plan.js";

export function writeRawRecords(dir: string, _ctx: Ctx, _all: Transfer[], _story: Story): { files: string[]; statements: { statement_id: string; tx_id: string }[] } {
  mkdirSync(dir, { recursive: true });
  return { files: [], statements: [] };
}
