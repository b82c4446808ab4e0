// Notes and labels (docs/casework.md): their lifecycle, and what they do to seeds, detection,
// the report and the exports.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exclusions, suspectAccounts } from "../src/casework/notes.js";
import { openCase } from "../src/db/connect.js";
import { caseworkCase } from "./util/caseworkCase.js";
import { cli, json } from "./util/cli.js";
import { tmpDir } from "./util/tmp.js";

const COLLECTOR = "wallet:+254712345678";
const BROKER = "wallet:+251911000222";
const SCHOOL = "wallet:+254700000001";
let db: string;

beforeAll(async () => {
  db = (await caseworkCase()).db;
});

describe("note lifecycle", () => {
  it("adds, edits, retracts and keeps every version", async () => {
    const added = json(await cli(["note", "--db", db, COLLECTOR, "collector Yonas, confirmed by V07's testimony", "--label", "collector", "--author", "anna", "--json"]));
    expect(added.note).toMatchObject({ target_kind: "account", target: COLLECTOR, label: "collector", created_by: "anna", created_at: "2026-01-01T00:00:00Z", retracted: false, versions: 1 });
    const id = added.note.note_id as number;
    const onTx = json(await cli(["note", "--db", db, "T2", "the second ransom for V07", "--author", "anna", "--json"]));
    expect(onTx.note).toMatchObject({ target_kind: "transfer", target: "T2", label: null });

    const edited = json(await cli(["note", "--db", db, "edit", String(onTx.note.note_id), "the second ransom for V08", "--author", "ben", "--json"]));
    expect(edited.note).toMatchObject({ text: "the second ransom for V08", created_by: "anna", changed_by: "ben", versions: 2 });

    const wrong = json(await cli(["note", "--db", db, BROKER, "a front", "--label", "front", "--author", "anna", "--json"]));
    const retracted = json(await cli(["note", "--db", db, "retract", String(wrong.note.note_id), "--reason", "mixed up two wallets", "--author", "anna", "--json"]));
    expect(retracted.note).toMatchObject({ retracted: true, reason: "mixed up two wallets", text: "a front", versions: 2 });

    const history = json(await cli(["note", "--db", db, "history", String(onTx.note.note_id), "--json"])).versions;
    expect(history.map((v: { action: string; text: string; author: string }) => [v.action, v.text, v.author])).toEqual([
      ["add", "the second ransom for V07", "anna"], ["edit", "the second ransom for V08", "ben"],
    ]);
    const standing = json(await cli(["note", "--db", db, "list", "--json"])).notes;
    expect(standing.map((n: { note_id: number }) => n.note_id)).toEqual([id, onTx.note.note_id]);
    const all = json(await cli(["note", "--db", db, "list", "--all", "--json"])).notes;
    expect(all).toHaveLength(3);
    // A retracted note stays retracted, and cannot be edited.
    const again = await cli(["note", "--db", db, "edit", String(wrong.note.note_id), "x"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^flowtrace: this note is retracted/);
  });

  it("refuses unknown targets, labels and empty text with one line and exit 1", async () => {
    for (const args of [["nope", "text"], [COLLECTOR, "text", "--label", "boss"], [COLLECTOR, "  "], ["T1", "text", "--label", "leader"], ["edit", "999", "x"]]) {
      const r = await cli(["note", "--db", db, ...args]);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("gives the investigator's suspects to redaction, and the exclusions with their reasons", async () => {
    const c = await openCase(db, { readOnly: true });
    try {
      expect((await suspectAccounts(c)).map((s) => [s.target, s.label])).toEqual([[COLLECTOR, "collector"]]);
      expect(await exclusions(c)).toEqual([]);
    } finally {
      c.close();
    }
  });
});

describe("labels and notes in seeds, detection, the report and the exports", () => {
  let runId: string;
  beforeAll(async () => {
    await cli(["note", "--db", db, SCHOOL, "school fee account of the collector's child", "--label", "exclude", "--author", "anna"]);
    await cli(["note", "--db", db, BROKER, "Kidane, broker in Addis", "--label", "leader", "--author", "anna"]);
  });

  it("leaves an excluded account's transfers out of the seeds, saying why", async () => {
    const r = await cli(["trace", "--db", db, "--seed-tx", "C1,T1,T2", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`seed C1 left out: ${SCHOOL} is labelled exclude (note 4: school fee account of the collector's child)`);
    const doc = JSON.parse(r.stdout);
    runId = doc.run_id;
    expect(doc.seeds).toEqual({ "seed-tx": "C1,T1,T2", tx_ids: ["T1", "T2"] });
    expect(doc.totals.seeded).toBe(5500);
    const only = await cli(["trace", "--db", db, "--seed-tx", "C1"]);
    expect(only.code).toBe(1);
    expect(only.stderr).toMatch(/no seed transfers: all 1 are excluded/);
  });

  it("leaves an excluded account out of detection, with the reason", async () => {
    const d = json(await cli(["detect", "--db", db, "--json"]));
    expect(d.excluded).toEqual([{ account: SCHOOL, note_id: 4, reason: "school fee account of the collector's child" }]);
    expect(d.accounts.map((a: { account: string }) => a.account)).not.toContain(SCHOOL);
    for (const f of d.findings) expect(f.accounts).not.toContain(SCHOOL);
  });

  it("shows labels as roles over detection, notes beside accounts and transfers and in the annex", async () => {
    const out = join(tmpDir(), "r.html");
    expect((await cli(["report", "--db", db, "--run", runId, "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    const row = (id: string) => html.slice(html.indexOf(`<tr data-acct="${id}">`), html.indexOf("</tr>", html.indexOf(`<tr data-acct="${id}">`)));
    expect(row(BROKER)).toMatch(/class="role r-leader" title="investigator&#39;s label leader \(note 5, anna\): Kidane, broker in Addis/);
    expect(row(COLLECTOR)).toMatch(/class="role r-collector" title="investigator&#39;s label collector \(note 1, anna\)/);
    expect(row(COLLECTOR)).toMatch(/<span class="seed" title="note 1 \(collector\), anna, 2026-01-01T00:00:00Z: collector Yonas, confirmed by V07&#39;s testimony">note<\/span>/);
    const t2 = html.slice(html.indexOf('<td class="id">T2'), html.indexOf("</td>", html.indexOf('<td class="id">T2')));
    expect(t2).toContain("the second ransom for V08");
    const annex = html.slice(html.indexOf('<section id="notes">'), html.indexOf("</section>", html.indexOf('<section id="notes">')));
    expect(annex).toContain("8. Investigator's notes and labels");
    expect(annex).toContain("school fee account of the collector&#39;s child");
    expect(annex).toContain("1 retracted note is not shown");
    expect(annex).not.toContain("a front");
    expect(html).toContain('<a href="#notes">8 Notes</a>');
  });

  it("pseudonymises protected people named in notes in a redacted report", async () => {
    expect((await cli(["note", "--db", db, "T1", "paid by Amanuel Tesfay for his brother", "--author", "anna"])).code).toBe(0);
    const out = join(tmpDir(), "redacted.html");
    expect((await cli(["report", "--db", db, "--run", runId, "--out", out, "--redact"])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("for his brother");
    expect(html).not.toContain("Amanuel Tesfay");
  });

  it("writes notes as FtM Note entities and goAML comments, the exclusion with its reason", async () => {
    const dir = tmpDir();
    expect((await cli(["export", "--db", db, "--format", "ftm", "--out", join(dir, "c.ftm.json")])).code).toBe(0);
    const entities = readFileSync(join(dir, "c.ftm.json"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const notes = entities.filter((e) => e.schema === "Note");
    const accountId = (id: string) => entities.find((e) => e.schema === "BankAccount" && e.properties.name[0] === id).id;
    const school = notes.find((n) => n.properties.entity[0] === accountId(SCHOOL));
    expect(school.properties).toMatchObject({ description: ["school fee account of the collector's child"], keywords: ["exclude"], createdAt: ["2026-01-01T00:00:00Z"] });
    expect(notes).toHaveLength(3); // collector, school, broker; the transfer's note is in its Payment
    const payment = entities.find((e) => e.schema === "Payment" && e.properties.transactionNumber[0] === "T2");
    expect(payment.properties.description.join(" ")).toContain("investigator's note 2 by anna, 2026-01-01T00:00:00Z: the second ransom for V08");

    expect((await cli(["export", "--db", db, "--format", "goaml", "--out", join(dir, "c.xml")])).code).toBe(0);
    const xml = readFileSync(join(dir, "c.xml"), "utf8");
    expect(xml).toContain(`<comments>investigator's note 4 (label exclude) by anna, 2026-01-01T00:00:00Z: school fee account of the collector's child</comments>`);
    expect(xml).toMatch(/<comments>[^<]*the second ransom for V08<\/comments>/);
  });
});
