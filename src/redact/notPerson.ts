// Accounts that are not a natural person's: services (fees, operator pools), cash points,
// agents and merchants. Redaction leaves their ids visible (they are where money enters or
// leaves the records, and a production order goes to them); every other account is taken
// for a person's unless the investigator marks it as a suspect's.
const PREFIX = /^(service|cash|agent|merchant):/;
const KINDS = new Set(["service", "cash"]);

export function notPerson(accountId: string, kind?: string | null): boolean {
  return PREFIX.test(accountId) || KINDS.has(kind ?? "");
}
