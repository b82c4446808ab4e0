// Participants name victims the way the families' statements do ("Kidane Mehary Solomon"),
// not by the key's ids (V01). Resolve either to the key's id: an id as is; a name to the victim
// whose name shares the most parts, each part compared allowing the spelling variants of
// Habesha names (Mehari/Mehary, Tesfay/Tesfaye: a small edit distance).

export interface KeyVictim { id: string; name: string }

export function victimResolver(victims: KeyVictim[]): (given: string) => string {
  const ids = new Map(victims.map((v) => [v.id.toLowerCase(), v.id]));
  return (given) => {
    const g = given.trim();
    const byId = ids.get(g.toLowerCase());
    if (byId) return byId;
    const parts = tokens(g);
    let best: { id: string; score: number } | undefined;
    for (const v of victims) {
      const vp = tokens(v.name);
      const score = parts.filter((p) => vp.some((q) => close(p, q))).length;
      if (score >= Math.min(2, vp.length) && (!best || score > best.score)) best = { id: v.id, score };
    }
    return best?.id ?? g;
  };
}

function tokens(name: string): string[] {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z\s]/g, "").split(/\s+/).filter(Boolean);
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]! <= (Math.max(a.length, b.length) >= 6 ? 2 : 1);
}
