import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { After, setWorldConstructor, World, IWorldOptions, setDefaultTimeout } from '@cucumber/cucumber'

export const repositoryRoot = path.resolve(__dirname, '..', '..')
const cliPath = path.join(repositoryRoot, 'bin', 'specloop.js')

setDefaultTimeout(120_000)

export interface CommandResult {
  command: string
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * Each scenario gets its own temporary project and drives the real CLI as a child process,
 * the way a user does. node_modules is linked from this repository so projects load cucumber.
 */
export class SpecloopWorld extends World {
  projectDirectory: string
  lastRun?: CommandResult
  readonly extraEnvironment: Record<string, string> = {}

  constructor(options: IWorldOptions) {
    super(options)
    this.projectDirectory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-spec-')))
  }

  linkNodeModules(directory = this.projectDirectory): void {
    const link = path.join(directory, 'node_modules')
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), link, 'dir')
  }

  pathOf(relative: string): string {
    return path.join(this.projectDirectory, relative)
  }

  writeFile(relative: string, content: string | Buffer): void {
    const target = this.pathOf(relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
  }

  readFile(relative: string): string {
    return fs.readFileSync(this.pathOf(relative), 'utf8')
  }

  run(executable: string, args: string[], cwd = this.projectDirectory): CommandResult {
    const result = spawnSync(executable, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', FORCE_COLOR: '0', ...this.extraEnvironment },
      maxBuffer: 64 * 1024 * 1024
    })
    this.lastRun = {
      command: [path.basename(executable), ...args].join(' '),
      exitCode: result.status ?? -1,
      stdout: result.stdout ?? '',
      stderr: result.stderr ?? ''
    }
    return this.lastRun
  }

  runSpecloop(args: string[], cwd = this.projectDirectory): CommandResult {
    return this.run(process.execPath, [cliPath, ...args], cwd)
  }

  runCucumber(args: string[], cwd = this.projectDirectory): CommandResult {
    return this.run(process.execPath, [path.join(repositoryRoot, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'), ...args], cwd)
  }

  get output(): string {
    if (!this.lastRun) throw new Error('no command has been run in this scenario')
    return this.lastRun.stdout + this.lastRun.stderr
  }
}

setWorldConstructor(SpecloopWorld)

After(function (this: SpecloopWorld, { result }) {
  if (result?.status === 'FAILED' && this.lastRun) {
    this.attach(`$ ${this.lastRun.command}\nexit ${this.lastRun.exitCode}\n--- stdout\n${this.lastRun.stdout}\n--- stderr\n${this.lastRun.stderr}`, 'text/plain')
  }
  fs.rmSync(this.projectDirectory, { recursive: true, force: true })
})
