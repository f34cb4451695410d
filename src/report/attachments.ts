import type * as messages from '@cucumber/messages'
import { sha256 } from '../workspace'
import type { ReportAttachment } from './model'

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'application/zip': 'zip',
  'text/html': 'html'
}

/** Text larger than this goes to its own file rather than into the page data. */
const INLINE_TEXT_LIMIT = 256 * 1024

function isTextual(mediaType: string): boolean {
  const base = mediaType.split(';')[0].trim().toLowerCase()
  if (base === 'text/html' || base === 'image/svg+xml') return false
  return (
    base.startsWith('text/') || base === 'application/json' || base.endsWith('+json') || base === 'application/xml' || base.endsWith('+xml')
  )
}

/**
 * Text and JSON attachments stay inline (viewable in the page); images and other binary
 * attachments become files of the site named by their hash, so the same screenshot attached
 * a thousand times is stored once.
 */
export function attachmentsOf(attachments: readonly messages.Attachment[], files: Map<string, Uint8Array>): ReportAttachment[] {
  return attachments.map((attachment) => {
    const mediaType = attachment.mediaType || 'application/octet-stream'
    const report: ReportAttachment = { mediaType }
    if (attachment.fileName) report.fileName = attachment.fileName
    if (attachment.url && !attachment.body) {
      report.url = attachment.url
      return report
    }
    const base64 = attachment.contentEncoding === 'BASE64'
    const bytes = base64 ? Buffer.from(attachment.body, 'base64') : Buffer.from(attachment.body, 'utf8')
    report.bytes = bytes.length
    if (isTextual(mediaType) && bytes.length <= INLINE_TEXT_LIMIT) {
      report.text = base64 ? bytes.toString('utf8') : attachment.body
      return report
    }
    const extension = EXTENSIONS[mediaType.split(';')[0].trim().toLowerCase()] ?? (isTextual(mediaType) ? 'txt' : 'bin')
    const path = `attachments/${sha256(bytes).slice(0, 24)}.${extension}`
    if (!files.has(path)) files.set(path, new Uint8Array(bytes))
    report.path = path
    return report
  })
}
