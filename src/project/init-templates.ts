import { CACHE_DIRECTORY, RUNS_DIRECTORY } from '../workspace'

/**
 * The files of a new spec project. Pure: a project name in, paths and contents out.
 * Versions match the ones specloop itself is tested with.
 */
const TOOLCHAIN_VERSIONS = {
  '@cucumber/cucumber': '12.9.0',
  '@types/chai': '5.2.3',
  '@types/node': '^20.19.0',
  c8: '12.0.0',
  chai: '6.3.0',
  'ts-node': '10.9.2',
  typescript: '5.9.3'
} as const

/** Files of the example a brand-new project starts with (never added to a project that has features). */
export const EXAMPLE_FILES = ['features/greeting.feature', 'steps/greeting.steps.ts', 'src/greeting.ts'] as const

/**
 * `specloopSpec`: how the project names specloop (as it was installed here); absent, it is left out.
 * `esModules`: the project's package.json says `"type": "module"`, so its `.js` and `.ts` files are ES
 * modules: the configuration exports itself as one and imports the steps through ts-node's ESM loader.
 */
export function initTemplates(
  projectName: string,
  specloopSpec?: string,
  { esModules = false }: { esModules?: boolean } = {}
): Record<string, string> {
  return {
    'package.json': packageJsonOf(projectName, specloopSpec),
    'tsconfig.json': esModules ? TSCONFIG_ESM : TSCONFIG,
    'cucumber.js': esModules ? CUCUMBER_CONFIG_ESM : CUCUMBER_CONFIG,
    '.gitignore': GITIGNORE,
    ...EXAMPLE_TEMPLATES,
    ...(esModules
      ? { 'steps/greeting.steps.ts': EXAMPLE_TEMPLATES['steps/greeting.steps.ts'].replace("'../src/greeting'", "'../src/greeting.js'") }
      : {}),
    'generated/README.md': GENERATED_README,
    'README.md': readmeOf(projectName)
  }
}

function packageJsonOf(projectName: string, specloopSpec: string | undefined): string {
  const packageJson = {
    name: projectName,
    version: '0.1.0',
    private: true,
    scripts: {
      test: 'cucumber-js',
      verify: 'specloop verify',
      report: 'specloop report'
    },
    // specloop itself only as it was installed here: a registry range could name another package.
    devDependencies: Object.fromEntries(
      Object.entries({ ...TOOLCHAIN_VERSIONS, ...(specloopSpec ? { specloop: specloopSpec } : {}) }).sort(([a], [b]) => a.localeCompare(b))
    )
  }
  return `${JSON.stringify(packageJson, null, 2)}\n`
}

const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'commonjs',
      moduleResolution: 'node',
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      sourceMap: true,
      types: ['node'],
      noEmit: true
    },
    include: ['src/**/*.ts', 'steps/**/*.ts', 'generated/**/*.ts']
  },
  null,
  2
)}\n`

/** The same for ES modules: Node resolves their imports by file name (`../src/greeting.js`). */
const TSCONFIG_ESM = TSCONFIG.replace('"module": "commonjs"', '"module": "NodeNext"').replace(
  '"moduleResolution": "node"',
  '"moduleResolution": "NodeNext"'
)

const CUCUMBER_CONFIG_ESM = `// Read by \`npx cucumber-js\` and by specloop alike, so both see the same project.
// An ES module, as the package's "type" says; the steps load through ts-node's ESM loader.
// No \`paths\`: cucumber-js's own default (features/) applies, so \`npx cucumber-js features/x.feature:12\` runs just that.
export default {
  loader: ['ts-node/esm/transpile-only'],
  import: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
  format: ['progress']
}
`

const CUCUMBER_CONFIG = `// Read by \`npx cucumber-js\` and by specloop alike, so both see the same project.
// No \`paths\`: cucumber-js's own default (features/) applies, so \`npx cucumber-js features/x.feature:12\` runs just that.
module.exports = {
  default: {
    requireModule: ['ts-node/register/transpile-only'],
    require: ['steps/**/*.ts', 'generated/support/**/*.ts', 'generated/steps/**/*.ts'],
    format: ['progress']
  }
}
`

const GITIGNORE = `node_modules/\n${RUNS_DIRECTORY}/\n${CACHE_DIRECTORY}/\nreports/\ncoverage/\n`

/** The example: one scenario, its steps and the code they drive, green from the start. */
const EXAMPLE_TEMPLATES: Record<(typeof EXAMPLE_FILES)[number], string> = {
  'features/greeting.feature': `Feature: Greeting
  Visitors are greeted by name, so they know the page is theirs.

  Scenario: greeting a visitor by name
    Given a visitor named "Ada"
    When the visitor is greeted
    Then the greeting is "Hello, Ada!"
`,
  'steps/greeting.steps.ts': `import { Given, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { greet } from '../src/greeting'

interface GreetingWorld {
  name?: string
  greeting?: string
}

Given('a visitor named {string}', function (this: GreetingWorld, name: string) {
  this.name = name
})

When('the visitor is greeted', function (this: GreetingWorld) {
  this.greeting = greet(this.name ?? '')
})

Then('the greeting is {string}', function (this: GreetingWorld, expected: string) {
  expect(this.greeting).to.equal(expected)
})
`,
  'src/greeting.ts': `/** The greeting shown to a visitor. */
export function greet(name: string): string {
  return \`Hello, \${name}!\`
}
`
}

const GENERATED_README = `Code written by \`specloop generate\`. Each file starts with a provenance header; a file
you edit by hand is never overwritten (specloop reports it instead).
`

function readmeOf(projectName: string): string {
  return `# ${projectName}

A spec project: the Gherkin files in \`features/\` are the specification and the tests.

\`\`\`sh
npm install
npx cucumber-js        # run the specification
npx specloop check     # find undefined, ambiguous and unused steps (needs specloop installed)
\`\`\`

- \`features/\` — the specification, in Gherkin
- \`steps/\` — step definitions written by hand
- \`src/\` — the implementation
- \`generated/\` — code written by \`specloop generate\`, with provenance headers
`
}

/**
 * What the official Cucumber extension for VS Code needs to find the steps: its default glue
 * globs do not include `steps/` or `generated/steps/`.
 */
export const EDITOR_SETTINGS: Readonly<Record<string, string[]>> = {
  'cucumber.features': ['features/**/*.feature'],
  'cucumber.glue': ['steps/**/*.ts', 'generated/steps/**/*.ts', 'generated/support/**/*.ts']
}
export const EDITOR_SETTINGS_PATH = '.vscode/settings.json'
