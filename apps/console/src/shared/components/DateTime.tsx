const FORMAT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant from the API in China time, as the users read the calendar. */
export function formatDateTime(at: string | Date): string {
  return FORMAT.format(typeof at === 'string' ? new Date(at) : at);
}

export function DateTime({ at }: { at: string | Date | null | undefined }) {
  if (!at) return <span>—</span>;
  const date = typeof at === 'string' ? new Date(at) : at;
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}
