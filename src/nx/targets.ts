import type { TargetConfiguration } from 'nx/src/devkit-exports'

/** Options of the plugin, as `nx.json` gives them: `{ "plugin": "specloop/nx", "options": { "targetPrefix": "bdd-" } }`. */
export interface SpecloopNxPluginOptions {
  /** Put before every target name (default `spec-`): `spec-check`, `spec-verify`, `spec-verify--features/a.feature`… */
  targetPrefix?: string
}

export const DEFAULT_TARGET_PREFIX = 'spec-'

/** What the plugin knows of one project folder: everything the targets depend on. */
export interface SpecloopProjectFacts {
  /** The cucumber configuration file, relative to the project root (`cucumber.js`). */
  configFile: string
  /** Feature files the configuration runs, relative to the project root, with forward slashes. */
  featureFiles: string[]
  /** Support code cucumber loads (step definitions…), relative to the project root. */
  supportFiles: string[]
}

/** The folders whose files every specloop command of a project reads (besides its features). */
const SOURCE_FOLDERS = ['features', 'steps', 'generated', 'src']

/** Files of the project root that change what the commands do. */
const PROJECT_FILES = ['tsconfig.json', 'package.json', 'specloop.json', 'specs.lock']

/** The packages whose version changes the result: a new specloop or cucumber-js may trace or report differently. */
const EXTERNAL_DEPENDENCIES = ['specloop', '@cucumber/cucumber']

export function targetNamesOf(options: SpecloopNxPluginOptions | undefined) {
  const prefix = options?.targetPrefix ?? DEFAULT_TARGET_PREFIX
  return {
    check: `${prefix}check`,
    generate: `${prefix}generate`,
    verify: `${prefix}verify`,
    report: `${prefix}report`,
    verifyCi: `${prefix}verify-ci`,
    /** One feature file's own verify target, as @nx/playwright names its atomized targets (`e2e-ci--src/a.spec.ts`). */
    verifyFeature: (featureFile: string) => `${prefix}verify--${featureFile}`
  }
}

function specloopCommand(args: string): Pick<TargetConfiguration, 'command' | 'options'> {
  return { command: `specloop ${args}`, options: { cwd: '{projectRoot}' } }
}

/** Quoted for the shell when a feature's path needs it, so `nx run` passes it as one argument. */
function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * What every command of the project reads: its features, step definitions, generated code and
 * implementation, its TypeScript, cucumber and specloop configuration, and the versions of
 * specloop and cucumber-js. Support code outside the usual folders is named file by file.
 */
export function specloopInputs(facts: SpecloopProjectFacts): NonNullable<TargetConfiguration['inputs']> {
  const inUsualFolder = (file: string) => SOURCE_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) || file.endsWith('.feature')
  const elsewhere = [...facts.supportFiles, ...facts.featureFiles].filter((file) => !inUsualFolder(file))
  return [
    '{projectRoot}/**/*.feature',
    ...SOURCE_FOLDERS.map((folder) => `{projectRoot}/${folder}/**/*`),
    ...[facts.configFile, ...PROJECT_FILES, ...elsewhere]
      .filter((file, index, all) => all.indexOf(file) === index)
      .map((file) => `{projectRoot}/${file}`),
    { externalDependencies: EXTERNAL_DEPENDENCIES }
  ]
}

const RUN_OUTPUTS = ['{projectRoot}/.specloop/runs']
const REPORT_OUTPUTS = ['{projectRoot}/reports']
const metadata = (description: string) => ({ technologies: ['cucumber'], description })

/**
 * The targets of one project folder with a cucumber configuration and feature files: check,
 * generate, verify and report, each `specloop <command>` in the project, plus one verify target
 * per feature file grouped under the CI target, so Nx's distribution or a CI matrix can spread them.
 */
export function inferSpecloopTargets(facts: SpecloopProjectFacts, options?: SpecloopNxPluginOptions): Record<string, TargetConfiguration> {
  const names = targetNamesOf(options)
  const inputs = specloopInputs(facts)
  const featureTargets = featureVerifyTargets(facts, names, inputs)
  return {
    [names.check]: {
      ...specloopCommand('check'),
      cache: true,
      inputs,
      outputs: [],
      metadata: metadata('specloop check: undefined, ambiguous and unused steps')
    },
    // Not cached: generate writes source files (generated/) that the other targets read, and
    // records them in the ledger and provenance headers; a cache replay would skip that record
    // (and could put files back over hand edits, which generate itself never does), and with a
    // model its output is not a function of its inputs anyway.
    [names.generate]: {
      ...specloopCommand('generate'),
      cache: false,
      inputs,
      metadata: metadata('specloop generate: step definitions and code for undefined steps (never cached: it writes sources)')
    },
    [names.verify]: {
      ...specloopCommand('verify'),
      cache: true,
      inputs,
      outputs: RUN_OUTPUTS,
      metadata: metadata('specloop verify: the suite as cucumber-js runs it, each scenario traced to the lines it ran')
    },
    // report reads the latest run, so it runs after verify (restored from the cache or run anew).
    [names.report]: {
      ...specloopCommand('report'),
      cache: true,
      inputs,
      outputs: REPORT_OUTPUTS,
      dependsOn: [names.verify],
      metadata: metadata('specloop report: living documentation of the latest run in reports/')
    },
    ...featureTargets,
    [names.verifyCi]: verifyCiTarget(featureTargets)
  }
}

/** One verify target per feature file, named by `names.verifyFeature`. */
function featureVerifyTargets(
  facts: SpecloopProjectFacts,
  names: ReturnType<typeof targetNamesOf>,
  inputs: TargetConfiguration['inputs']
): Record<string, TargetConfiguration> {
  return Object.fromEntries(
    facts.featureFiles.map((featureFile): [string, TargetConfiguration] => [
      names.verifyFeature(featureFile),
      {
        ...specloopCommand(`verify ${shellWord(featureFile)}`),
        cache: true,
        inputs,
        outputs: RUN_OUTPUTS,
        // The features of one project share its .specloop/ (runs, the latest link, the
        // instrumented-code cache): on one machine they run one at a time; spread over
        // machines (Nx agents, a CI matrix) they run side by side.
        parallelism: false,
        metadata: metadata(`specloop verify ${featureFile}: its scenarios, traced`)
      }
    ])
  )
}

/** The CI target: every feature's verify target, for Nx distribution or a CI matrix. */
function verifyCiTarget(featureTargets: Record<string, TargetConfiguration>): TargetConfiguration {
  return {
    // Nothing of its own to run or cache: each feature's target caches its own run.
    executor: 'nx:noop',
    dependsOn: Object.keys(featureTargets).map((target) => ({ target, params: 'forward' as const })),
    metadata: metadata(`every feature file's own verify target (${Object.keys(featureTargets).length}), for Nx distribution or a CI matrix`)
  }
}
