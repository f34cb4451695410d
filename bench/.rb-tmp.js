const { IdGenerator } = require('@cucumber/messages')
const { parseFeature } = require('/work/main/dist/src/gherkin')
const { analyseSteps } = require('/work/main/dist/src/generators/steps')
const { storiesOf } = require('/work/main/dist/src/generators/stories/story')
const { synthesiseStory } = require('/work/main/dist/src/generators/stories/search')
const fs = require('fs')
const data = fs.readFileSync(process.argv[2], 'utf8')
const feature = parseFeature({ uri: 'x.feature', data }, { newId: IdGenerator.incrementing() })
for (const { story } of storiesOf([feature], analyseSteps([feature], []).steps)) {
  const r = synthesiseStory(story)
  console.log(r.status, r.message, JSON.stringify(r.question)?.slice(0, 600), JSON.stringify(r.solution?.model.meanings))
}
