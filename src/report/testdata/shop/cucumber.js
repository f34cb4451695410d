// A small cucumber-js project the report's tests run: every status, an outline, a rule,
// a background, data tables, doc strings and attachments.
module.exports = {
  default: {
    paths: ['features/**/*.feature'],
    require: ['steps/**/*.js']
  }
}
