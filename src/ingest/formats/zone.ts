// Timezones of local timestamps. Sources write local time without an offset (M-Pesa and telebirr
// statements: East Africa Time); the staging tables want ISO 8601 with an offset. A zone is an
// IANA name ("Africa/Nairobi") or a fixed offset ("+03:00"). SQL readers get it as two bound
// parameters (see sql/ingest/formats/macro_local_iso.sql); JS readers call localIso().
import { inputError } from "../../errors.js";

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

export interface ZoneParams {
  tz_name: string;
  tz_offset: string | null;
  [k: string]: string | null;
}

/** Parameters for the ft_local_iso SQL macro; throws on an unknown zone. */
export function zoneParams(zone: string): ZoneParams {
  const m = OFFSET.exec(zone);
  if (m) {
    // no place on earth is further than 14 hours from UTC (Kiribati, +14:00)
    if (Number(m[3]) >= 60 || Number(m[2]) * 60 + Number(m[3]) > 14 * 60) throw inputError("bad_timezone", "impossible timezone offset (at most +/-14:00)", { value: zone });
    return { tz_name: "UTC", tz_offset: `${m[1]}${m[2]}:${m[3]}` };
  }
  if (zone === "Z" || zone.toUpperCase() === "UTC") return { tz_name: "UTC", tz_offset: "+00:00" };
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw inputError("bad_timezone", "unknown timezone", { value: zone });
  }
  return { tz_name: zone, tz_offset: null };
}

/** "YYYY-MM-DDTHH:MM:SS" local wall time in `zone` → ISO 8601 with the zone's offset then. */
export function localIso(local: string, zone: string): string {
  const { tz_name, tz_offset } = zoneParams(zone);
  if (tz_offset) return `${local}${tz_offset}`;
  // Offset of the zone at that wall time: compare the wall time read as UTC with what the zone
  // shows for that instant (two passes settle DST edges).
  const asUtc = Date.parse(`${local}Z`);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMinutes(tz_name, guess) * 60_000;
  const off = offsetMinutes(tz_name, guess);
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

function offsetMinutes(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}
