import { After, Given, Then, DataTable } from '@cucumber/cucumber'
import { expect } from 'chai'
import type { SpecloopWorld } from './support/world'
import { FixtureAdvisory, FixtureNpmRegistry, startFixtureNpmRegistry } from './support/fixture-npm-registry'

interface SupplyChainWorld extends SpecloopWorld {
  npmRegistry?: FixtureNpmRegistry
}

Given('the fixture npm registry holds these advisories:', async function (this: SupplyChainWorld, table: DataTable) {
  this.npmRegistry = await startFixtureNpmRegistry(table.hashes() as unknown as FixtureAdvisory[])
  this.extraEnvironment.npm_config_registry = this.npmRegistry.url
})

Given('the npm registry cannot be reached', function (this: SpecloopWorld) {
  // Nothing listens on port 1 of the loopback: npm's request is refused at once.
  this.extraEnvironment.npm_config_registry = 'http://127.0.0.1:1/'
})

Then('the fixture npm registry was asked about {string}', async function (this: SupplyChainWorld, name: string) {
  expect(await this.npmRegistry!.auditedPackages()).to.include(name)
})

Then('the file {string} is a CycloneDX SBOM listing {string}', function (this: SpecloopWorld, relative: string, component: string) {
  const sbom = JSON.parse(this.readFile(relative)) as { bomFormat: string; components: { name: string; version: string }[] }
  expect(sbom.bomFormat).to.equal('CycloneDX')
  expect(sbom.components.map((entry) => `${entry.name}@${entry.version}`)).to.include(component)
})

After(async function (this: SupplyChainWorld) {
  await this.npmRegistry?.close()
})
