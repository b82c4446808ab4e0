// The phone number inside an account identifier, where there is one: `wallet:+2547…`, or an
// international number inside an MTO/hawala reference (`hawala:Abdi/+2499…`).
export function accountPhone(account: string): string | undefined {
  if (account.startsWith("wallet:")) return account.slice(7);
  const m = /\+\d{8,15}/.exec(account);
  return m ? m[0] : undefined;
}
