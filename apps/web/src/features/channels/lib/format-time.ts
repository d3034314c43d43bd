/** "14:05" today, "28/11 14:05" before, in Vietnam time (where every user lives). */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  const zone = 'Asia/Ho_Chi_Minh';
  const day = (d: Date) => d.toLocaleDateString(locale, { timeZone: zone });
  const time = date.toLocaleTimeString(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  if (day(date) === day(new Date())) return time;
  const short = date.toLocaleDateString(locale, { timeZone: zone, day: '2-digit', month: '2-digit' });
  return `${short} ${time}`;
}
