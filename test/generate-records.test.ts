import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCase } from "../src/generate/generateCase.js";
import { tmpDir } from "./util/tmp.js";

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cur); cur = ""; } else if (ch === "\n") { row.push(cur); rows.push(row); row = []; cur = ""; } else cur += ch;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  return rows;
}

function table(path: string, headerFirst: string | RegExp): Record<string, string>[] {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const isHeader = (cell: string | undefined) => (typeof headerFirst === "string" ? cell === headerFirst : headerFirst.test(cell ?? ""));
  const at = rows.findIndex((r) => isHeader(r[0]));
  const head = rows[at]!;
  return rows.slice(at + 1).filter((r) => r.length === head.length && !isHeader(r[0])).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]!])));
}

const num = (s: string) => Number(s.replace(/,/g, ""));

describe("generated raw records", () => {
  let dir: string;
  let raw: string[];
  let canon: Map<string, Record<string, string>>;
  beforeAll(() => {
    dir = tmpDir();
    generateCase({ scenario: "sold-on", seed: 1, out: dir });
    raw = readdirSync(join(dir, "raw"));
    canon = new Map(table(join(dir, "transfers.csv"), "tx_id").map((t) => [t.tx_id!, t]));
  });

  it("every record kind investigators receive is written", () => {
    for (const prefix of ["mpesa-", "telebirr-", "mto-", "hawala-", "bank-", "bank-mapping.json", "relatives-statements.csv"]) {
      expect(raw.some((f) => f.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it("M-Pesa statements have the quirks and every completed row is a canonical transfer with the same amount", () => {
    let checked = 0;
    const headers = new Set<string>();
    for (const f of raw.filter((x) => x.startsWith("mpesa-"))) {
      const text = readFileSync(join(dir, "raw", f), "utf8");
      expect(text.startsWith("M-PESA STATEMENT\nCustomer Name: ")).toBe(true);
      headers.add(text.split("\n")[7]!);
      // Either header variant: "Receipt No.,…,Withdrawn,…" or "Receipt No,…,Paid Out,…".
      const rows = table(join(dir, "raw", f), /^Receipt No\.?$/).map((r): Record<string, string> => ({ ...r, "Receipt No.": r["Receipt No."] ?? r["Receipt No"]!, Withdrawn: r.Withdrawn ?? r["Paid Out"]! }));
      const data = rows.filter((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(r["Completion Time"]!));
      // Newest first; the balance column runs backwards from the newest row.
      const times = data.map((r) => r["Completion Time"]!);
      expect([...times].sort().reverse()).toEqual(times);
      for (let i = 0; i < data.length - 1; i++) {
        const r = data[i]!;
        const prev = num(data[i + 1]!.Balance!);
        const delta = r["Transaction Status"] === "Completed" ? num(r["Paid In"] || "0") + num(r.Withdrawn || "0") : 0;
        expect(num(r.Balance!), `${f} ${r["Receipt No."]}`).toBeCloseTo(prev + delta, 2);
        expect(num(r.Balance!)).toBeGreaterThanOrEqual(0);
      }
      for (const r of data) {
        const amount = num(r["Paid In"] || r.Withdrawn!);
        if (r.Withdrawn) expect(r.Withdrawn.startsWith("-")).toBe(true);
        const charge = /Charge$/.test(r.Details!);
        const id = charge ? `${r["Receipt No."]}:charge` : r["Receipt No."]!;
        const t = canon.get(id) ?? [...canon.values()].find((x) => r.Details!.includes(x.tx_id!));
        if (r["Transaction Status"] !== "Completed") {
          expect(canon.has(r["Receipt No."]!)).toBe(false);
          continue;
        }
        expect(t, `${f} ${id}`).toBeDefined();
        expect(Math.abs(amount)).toBeCloseTo(num(r["Paid In"] ? t!.amount_received! : t!.amount!), 2);
        checked++;
      }
      expect(text).toContain("Statement Verification Code");
    }
    expect(checked).toBeGreaterThan(20);
    expect(headers.size).toBe(2);
  });

  it("telebirr, MTO, hawala and bank rows carry the canonical transfers' ids and amounts", () => {
    const same = (id: string, amount: string, field: "amount" | "amount_received", what: string) => {
      const t = canon.get(id);
      expect(t, `${what} ${id}`).toBeDefined();
      expect(num(amount), `${what} ${id}`).toBeCloseTo(num(t![field]!), 2);
    };
    for (const f of raw.filter((x) => x.startsWith("mto-"))) {
      for (const r of table(join(dir, "raw", f), "Reference")) {
        if (r.Status === "Cancelled") { expect(canon.has(r.Reference!)).toBe(false); continue; }
        same(r.Reference!, r["Send Amount"]!, "amount", f);
        same(r.Reference!, r["Payout Amount"]!, "amount_received", f);
      }
    }
    for (const f of raw.filter((x) => x.startsWith("hawala-"))) for (const r of table(join(dir, "raw", f), "Entry")) same(r.Entry!, r.Amount!, "amount", f);
    for (const f of raw.filter((x) => x.startsWith("bank-") && x.endsWith(".csv"))) {
      for (const r of table(join(dir, "raw", f), "Booking Date")) {
        const t = canon.get(r["Transaction Ref"]!)!;
        same(r["Transaction Ref"]!, r.Debit || r.Credit!, r.Debit ? "amount" : "amount_received", f);
        expect(r.Debit ? t.to_account : t.from_account).toBe(r["Counterparty Account"]);
      }
    }
    for (const f of raw.filter((x) => x.startsWith("telebirr-") && x.endsWith(".csv"))) {
      const rows = table(join(dir, "raw", f), "Transaction ID");
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) if (canon.has(r["Transaction ID"]!)) {
        const t = canon.get(r["Transaction ID"]!)!;
        expect([num(t.amount!), num(t.amount_received!)]).toContainEqual(num(r.Amount!));
      }
    }
  });

  it("relatives' statements have the contract's columns and each one points at a ransom payment", () => {
    const key = JSON.parse(readFileSync(join(dir, "answer_key.json"), "utf8"));
    const head = readFileSync(join(dir, "raw", "relatives-statements.csv"), "utf8").split("\n")[0];
    expect(head).toBe("statement_id,victim,payer_name,payer_phone,paid_on,amount,currency,paid_to,paid_to_country,channel,notes");
    const rows = table(join(dir, "raw", "relatives-statements.csv"), "statement_id");
    expect(rows.length).toBe(key.statements.length);
    const ransom = new Set(key.answers.ransom_payments);
    for (const s of key.statements) expect(ransom.has(s.tx_id)).toBe(true);
  });
});
