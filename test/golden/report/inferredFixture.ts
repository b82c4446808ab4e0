// The fixture with T6 (collector → broker) as an inferred link (a hawala bridge) whose
// evidence holds markup, for the report's inferred-link tests.
import type { ReportData } from "../../../src/report/model.js";
import { fixtureData, XSS } from "./fixture.js";

export function inferredFixtureData(): ReportData {
  const d = fixtureData();
  const t6 = d.transfers.find((t) => t.txId === "T6")!;
  t6.inferred = { confidence: 0.873, evidence: [`both legs carry the code word "${XSS.attr}"`, "paid out 5.0 hours after the pay-in"] };
  t6.sourceFile = null;
  t6.sourceRow = null;
  d.run.options = { ...d.run.options, inferred: true };
  return d;
}
