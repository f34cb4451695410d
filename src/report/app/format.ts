/** How the app writes durations and times. */

export function duration(ms: number | undefined): string {
  if (ms === undefined || ms === null) return ''
  if (ms < 1) return '<1 ms'
  if (ms < 1000) return Math.round(ms) + ' ms'
  if (ms < 60000) return (ms / 1000).toFixed(1) + ' s'
  return Math.floor(ms / 60000) + ' min ' + Math.round((ms % 60000) / 1000) + ' s'
}

/** "2024-05-01T10:20:30.123Z" → "2024-05-01 10:20:30". */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 19)
}
