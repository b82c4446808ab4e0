// GraphML for Gephi, yEd, networkx: accounts as nodes, transfers as directed edges (parallel
// edges kept: two payments are two edges), with their attributes declared as typed keys.
import type { ExportData, Row } from "./exportData.js";
import { xmlText as esc } from "./xmlText.js";

const NODE_KEYS: [string, string][] = [["kind", "string"], ["holder_name", "string"], ["institution", "string"], ["country", "string"], ["entity_id", "string"], ["tainted_in", "double"], ["retained", "double"]];
const EDGE_KEYS: [string, string][] = [["tx_id", "string"], ["timestamp", "string"], ["amount", "double"], ["currency", "string"], ["value_out", "double"], ["channel", "string"], ["inferred", "boolean"], ["inferred_confidence", "double"], ["inferred_evidence", "string"], ["tainted", "double"], ["hop", "int"]];

function data(row: Row, keys: [string, string][], prefix: string): string {
  return keys.filter(([k]) => row[k] !== null && row[k] !== undefined && row[k] !== "")
    .map(([k]) => `<data key="${prefix}_${k}">${esc(row[k])}</data>`).join("");
}

export function* toGraphml(d: ExportData): Generator<string> {
  const nodes = new Map(d.accounts.map((a) => [a.account_id as string, a]));
  for (const t of d.transfers) for (const id of [t.from_account as string, t.to_account as string]) if (!nodes.has(id)) nodes.set(id, { account_id: id });
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n`;
  for (const [k, type] of NODE_KEYS) yield `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${type}"/>\n`;
  for (const [k, type] of EDGE_KEYS) yield `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${type}"/>\n`;
  yield `  <graph id="flowtrace" edgedefault="directed">\n`;
  for (const [id, a] of [...nodes].sort(([p], [q]) => (p < q ? -1 : 1))) yield `    <node id="${esc(id)}">${data(a, NODE_KEYS, "n")}</node>\n`;
  for (const t of d.transfers) {
    yield `    <edge id="${esc(t.tx_id)}" source="${esc(t.from_account)}" target="${esc(t.to_account)}">${data(t, EDGE_KEYS, "e")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
