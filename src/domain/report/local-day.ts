const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of a time zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, tz: string): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone, as an ISO string in the form instants are stored in
 * (`2026-11-29T16:00:00.000Z` for 30 November in Asia/Shanghai). Stored instants compare as strings, so "closed on a
 * local day in P" becomes `closed_at >= dayStart(P.start) and closed_at < dayStart(P.end + 1)` in SQL, on any database.
 */
export function localDayStartUtc(date: string, tz: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetAt(guess, tz);
  const second = guess - offsetAt(first, tz);
  return new Date(second).toISOString();
}
