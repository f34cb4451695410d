import { readSiteAssets } from './assets'
import { renderSite, SiteFile } from './html/site'
import { renderJunit } from './junit'
import { renderMarkdown } from './markdown'
import type { ReportModel } from './model'

/** A format that writes a folder of files (a site). */
interface SiteFormat {
  kind: 'site'
  description: string
  render(model: ReportModel): SiteFile[]
}

/** A format that writes one document, to a file or to stdout. */
interface DocumentFormat {
  kind: 'document'
  description: string
  /** The file's name when only an output folder is given. */
  fileName: string
  /** From the report's model, or (JUnit, as cucumber writes it) from the run's Cucumber Messages. */
  render(model: ReportModel, readMessagesText: () => string): string
}

export type ReportFormatDefinition = SiteFormat | DocumentFormat

/**
 * Every format `specloop report` writes. The CLI's choices, its help and the default file
 * names all come from this table: adding a format is one entry here (and its renderer).
 */
export const REPORT_FORMATS = {
  html: {
    kind: 'site',
    description: 'a static site: index.html, one page per feature, assets',
    render: (model) => renderSite(model, readSiteAssets())
  },
  markdown: {
    kind: 'document',
    description: 'one Markdown summary (for a pull request or a wiki)',
    fileName: 'summary.md',
    render: renderMarkdown
  },
  junit: {
    kind: 'document',
    description: 'JUnit XML, as cucumber-js writes it (for CI test tabs)',
    fileName: 'junit.xml',
    render: (model, readMessagesText) => renderJunit(readMessagesText(), model.title)
  }
} as const satisfies Record<string, ReportFormatDefinition>

export type ReportFormat = keyof typeof REPORT_FORMATS

export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[]

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, name)
}
