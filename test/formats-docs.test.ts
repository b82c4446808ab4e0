import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReaders } from "../src/ingest/formats/all.js";
import { parseMapping } from "../src/ingest/mapping.js";

const docs = join(__dirname, "..", "docs");

describe("docs/formats.md and docs/mappings", () => {
  it("documents every format reader in the formats table", () => {
    const text = readFileSync(join(docs, "formats.md"), "utf8");
    for (const r of formatReaders) expect(text, r.name).toContain(`\`${r.name}\``);
  });
  it("every example mapping is a valid mapping", () => {
    const files = readdirSync(join(docs, "mappings")).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(() => parseMapping(JSON.parse(readFileSync(join(docs, "mappings", f), "utf8")), f), f).not.toThrow();
  });
});
