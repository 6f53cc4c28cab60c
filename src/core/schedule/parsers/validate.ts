/** Month/day checks done while parsing (the year-dependent 2月29日 is checked once the year is known). */

/** Why a month (and day) cannot exist, or null: 'month' for 13月 / 0月, 'day' for 2月30日 / 4月31日. */
export function checkMonthDay(m: number, d: number | null): string | null {
  if (m < 1 || m > 12) return 'month';
  if (d === null) return null;
  const max = m === 2 ? 29 : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d < 1 || d > max ? 'day' : null;
}
