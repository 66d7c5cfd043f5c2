const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const DAY_MONTH_YEAR =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?(?:\s+\d{2}:\d{2}.*)?$/;

/** `published` when the date names its year, else the text as written in `dateText`. */
export type ParsedDate = { published: string } | { dateText: string } | Record<string, never>;

/**
 * Turn a date as sources write it (`2025-03-18`, `2025-03-18T12:00:00Z`, `Sep 8, 2025`,
 * `Mon, 2 Apr 2007 19:18:42 GMT`) into an ISO date. Never invents a year: `May 27` stays text.
 */
export function parseDate(raw: string | undefined): ParsedDate {
  const text = raw?.trim();
  if (!text) return {};
  const iso = ISO.exec(text);
  if (iso) return isoOrText(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return fromParts(mdy[1]!, mdy[2]!, mdy[3], text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return fromParts(dmy[2]!, dmy[1]!, dmy[3], text);
  return { dateText: text };
}

function fromParts(monthName: string, day: string, year: string | undefined, text: string): ParsedDate {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || year === undefined) return { dateText: text };
  return isoOrText(Number(year), month, Number(day), text);
}

function isoOrText(year: number, month: number, day: number, text: string): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!valid) return { dateText: text };
  const pad = (n: number) => String(n).padStart(2, "0");
  return { published: `${year}-${pad(month)}-${pad(day)}` };
}
