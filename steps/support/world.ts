import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { After, setWorldConstructor, World, setDefaultTimeout } from '@cucumber/cucumber'

export const repositoryRoot = path.resolve(__dirname, '..', '..')

setDefaultTimeout(120_000)

export interface CommandResult {
  command: string
  exitCode: number
  stdout: string
  stderr: string
  durationMs?: number
}

/**
 * Each scenario gets its own temporary project and drives the real CLI as a child process,
 * the way a user does. node_modules is linked from this repository so projects load cucumber.
 */
export class SpecloopWorld extends World {
  private directory?: string
  lastRun?: CommandResult
  readonly extraEnvironment: Record<string, string> = {}
  /** Paths steps write as <tarball> or <checkout>, set by the Given steps that make them. */
  readonly placeholders: Partial<Record<'tarball' | 'checkout', string>> = {}
  /** Variables of this process the scenario's commands do not inherit. */
  readonly unsetEnvironment: string[] = []

  get hasProject(): boolean {
    return this.directory !== undefined
  }

  /** Made on first use: scenarios that need no project (features/rules) touch no file, and run in verify's sandbox. */
  get projectDirectory(): string {
    this.directory ??= fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-spec-')))
    return this.directory
  }

  linkNodeModules(directory = this.projectDirectory): void {
    const link = path.join(directory, 'node_modules')
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), link, 'dir')
  }

  /**
   * Installs, offline, exactly the dependencies the project's package.json declares (each linked
   * from this repository's node_modules): a package the project forgot to declare is missing,
   * as it would be after `npm install`.
   */
  installDeclaredDependencies(directory: string): void {
    const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8'))
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    // specloop itself is this repository (as `npm i -D specloop` would install it).
    const sourceOf = (name: string) => (name === 'specloop' ? repositoryRoot : path.join(repositoryRoot, 'node_modules', name))
    for (const name of declared) {
      const source = sourceOf(name)
      if (!fs.existsSync(source)) throw new Error(`${name} is declared by the project but not installed in this repository`)
      const target = path.join(directory, 'node_modules', name)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.symlinkSync(source, target, 'dir')
    }
    // `npm install` links each package's bin into node_modules/.bin.
    const bin = path.join(directory, 'node_modules', '.bin')
    fs.mkdirSync(bin, { recursive: true })
    for (const name of declared) {
      const packageManifest = JSON.parse(fs.readFileSync(path.join(sourceOf(name), 'package.json'), 'utf8'))
      const bins = typeof packageManifest.bin === 'string' ? { [name.split('/').pop()!]: packageManifest.bin } : (packageManifest.bin ?? {})
      for (const [command, file] of Object.entries(bins)) fs.symlinkSync(path.join(sourceOf(name), file as string), path.join(bin, command))
    }
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

  run(executable: string, args: string[], cwd = this.projectDirectory, environment: Record<string, string> = {}): CommandResult {
    const result = spawnSync(executable, args, {
      cwd,
      encoding: 'utf8',
      env: Object.fromEntries(
        Object.entries({ ...process.env, CI: 'true', FORCE_COLOR: '0', ...this.extraEnvironment, ...environment }).filter(
          ([name]) => !this.unsetEnvironment.includes(name)
        )
      ),
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

  /** The bin of this repository, as `npx specloop` runs it. */
  readonly cliPath = path.join(repositoryRoot, 'bin', 'specloop.js')

  runSpecloop(args: string[], cwd = this.projectDirectory): CommandResult {
    return this.run(process.execPath, [this.cliPath, ...args], cwd)
  }

  runCucumber(args: string[], cwd = this.projectDirectory): CommandResult {
    return this.run(
      process.execPath,
      [path.join(repositoryRoot, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'), ...args],
      cwd
    )
  }

  get output(): string {
    if (!this.lastRun) throw new Error('no command has been run in this scenario')
    return this.lastRun.stdout + this.lastRun.stderr
  }
}

setWorldConstructor(SpecloopWorld)

After(function (this: SpecloopWorld, { result }) {
  if (result?.status === 'FAILED' && this.lastRun) {
    this.attach(
      `$ ${this.lastRun.command}\nexit ${this.lastRun.exitCode}\n--- stdout\n${this.lastRun.stdout}\n--- stderr\n${this.lastRun.stderr}`,
      'text/plain'
    )
  }
  if (this.hasProject) fs.rmSync(this.projectDirectory, { recursive: true, force: true })
})
