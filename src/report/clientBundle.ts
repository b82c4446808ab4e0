// The browser bundle inlined into every report: dist/report-client.js (src/report/client).
import { browserBundle } from "../format/browserBundle.js";

export function reportClientJs(): Promise<string> {
  return browserBundle("report-client", "src/report/client", "main.ts");
}
