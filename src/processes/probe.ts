import fs from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../package-root'

export type { ProbeJob, ProbeAnswer, ProbeAnswers } from './probe-child'

/** The compiled probe child (when specloop itself runs from src/ through ts-node, dist/ has it). */
export const PROBE_CHILD = path.join(
  fs.existsSync(path.join(__dirname, 'probe-child.js')) ? __dirname : path.join(packageRoot, 'dist', 'src', 'processes'),
  'probe-child.js'
)
