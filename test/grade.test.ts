import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCase } from "../src/generate/generateCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

describe("flowtrace grade", () => {
  let dir: string;
  let key: string;
  let keyDoc: any;
  beforeAll(() => {
    dir = tmpDir();
    generateCase({ scenario: "sold-on", seed: 3, out: dir });
    key = join(dir, "answer_key.json");
    keyDoc = JSON.parse(readFileSync(key, "utf8"));
  });
  const write = (doc: unknown) => {
    const p = join(tmpDir(), "answers.json");
    writeFileSync(p, typeof doc === "string" ? doc : JSON.stringify(doc));
    return p;
  };

  it("the answer key itself scores 1.0 on every question", async () => {
    const doc = json(await cli(["grade", "--key", key, "--answers", key, "--json"]));
    expect(doc.score).toBe(1);
    expect(doc.items.length).toBe(keyDoc.questions.length);
    for (const i of doc.items) expect(i.score, i.id).toBe(1);
  });

  it("the empty template scores 0 with 'not answered' feedback", async () => {
    const doc = json(await cli(["grade", "--key", key, "--answers", join(dir, "answers-template.json"), "--json"]));
    expect(doc.score).toBe(0);
    expect(doc.items[0].feedback).toBe("not answered");
  });

  it("a partial answer scores in between, with feedback naming what was missed and what is wrong", async () => {
    const a = keyDoc.answers;
    const collectors: string[] = a.collectors;
    const answers = {
      answers: {
        ...a,
        // Half the collectors plus an innocent account; the total 5 % high; wallets written the local way.
        collectors: [...collectors.slice(0, Math.ceil(collectors.length / 2)).map((c: string) => c.replace("wallet:+254", "0").replace("wallet:+251", "0")), "merchant:247000"],
        total_paid_usd: a.total_paid_usd * 1.05,
      },
    };
    const doc = json(await cli(["grade", "--key", key, "--answers", write(answers), "--json"]));
    expect(doc.score).toBeGreaterThan(0.3);
    expect(doc.score).toBeLessThan(1);
    const col = doc.items.find((i: { id: string }) => i.id === "collectors");
    expect(col.score).toBeGreaterThan(0);
    expect(col.score).toBeLessThan(1);
    expect(col.feedback).toContain("missed");
    expect(col.feedback).toContain("merchant:247000");
    const total = doc.items.find((i: { id: string }) => i.id === "total_paid_usd");
    expect(total.score).toBeGreaterThan(0);
    expect(total.score).toBeLessThan(1);
    expect(total.feedback).toContain("off the key");
  });

  it("victims may be named the way the families spell them instead of by the key's ids", async () => {
    const a = keyDoc.answers;
    const nameOf = new Map(keyDoc.victims.map((v: { id: string; name: string }) => [v.id, v.name]));
    // Upper case, and the last letter of the father's name changed (Mehari/Mehary).
    const spelled = (id: string) => {
      const parts = (nameOf.get(id) as string).toUpperCase().split(" ");
      parts[1] = parts[1]!.slice(0, -1) + (parts[1]!.endsWith("Y") ? "I" : "Y");
      return parts.join(" ");
    };
    const victims = Object.fromEntries(Object.entries(a.victims).map(([id, v]) => [spelled(id), v]));
    const answers = { answers: { victims, sold_on_victims: a.sold_on_victims.map(spelled) } };
    const doc = json(await cli(["grade", "--key", key, "--answers", write(answers), "--json"]));
    for (const id of ["victims", "sold_on_victims"]) expect(doc.items.find((i: { id: string }) => i.id === id).score, id).toBe(1);
  });

  it("garbage answers are rejected with exit 1 and a one-line message naming the file", async () => {
    for (const bad of ["not json", JSON.stringify({ collectors: [] }), JSON.stringify({ answers: { collectors: "wallet:+254700000000" } })]) {
      const p = write(bad);
      const r = await cli(["grade", "--key", key, "--answers", p]);
      expect(r.code, bad).toBe(1);
      expect(r.stderr).toContain(p);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("a file that is not an answer key is rejected with exit 1", async () => {
    const r = await cli(["grade", "--key", join(dir, "answers-template.json"), "--answers", key]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("answer key");
  });
});
