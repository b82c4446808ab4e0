// Participants write account ids the way they see them: a wallet as 0712 345 678 or +254712…,
// an IBAN with spaces, any case. Compare on a normal form: wallets by their last nine digits
// (the national number without trunk prefix), IBANs compact upper case, everything else
// trimmed and lower-cased.

export function normaliseId(id: string): string {
  const s = id.trim().replace(/\s+/g, "");
  const wallet = /^(?:wallet:)?\+?([\d-]{8,})$/i.exec(s);
  if (wallet) return `wallet:${wallet[1]!.replace(/-/g, "").slice(-9)}`;
  const iban = /^(?:iban:)?([A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30})$/i.exec(s);
  if (iban) return `iban:${iban[1]!.toUpperCase()}`;
  return s.toLowerCase();
}
