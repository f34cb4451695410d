import fs from 'node:fs'
import path from 'node:path'
import { Given } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'

/** A project of the repository's examples/, copied so the run never writes into the repository. */
Given('a copy of the example project {string}', function (this: SpecloopWorld, name: string) {
  const example = path.join(repositoryRoot, 'examples', name)
  expect(fs.existsSync(example), example).to.equal(true)
  // What earlier local runs may have left there is not part of the example.
  fs.cpSync(example, this.projectDirectory, { recursive: true, filter: (source) => !/(^|[/\\])(node_modules|generated|\.specloop)$/.test(source) })
  this.linkNodeModules()
})
