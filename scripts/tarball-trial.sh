#!/usr/bin/env bash
# The packed tarball, tried as a user would: `npm pack`, then installed into a fresh `npm init -y`
# project and into an npm-workspaces monorepo (dependencies hoisted to its root), where
# `specloop init`, `run`, `verify` and plain `cucumber-js` must work. Offline from any model (the
# npm registry is used to install). `.ci/run` runs it after `npm test`; alone:
# `scripts/tarball-trial.sh` (SPECLOOP_TRIAL_KEEP=1 keeps the temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
started=$SECONDS
trial=$(mktemp -d "${TMPDIR:-/tmp}/specloop-tarball-trial.XXXXXX")
if [ "${SPECLOOP_TRIAL_KEEP:-}" != 1 ]; then trap 'rm -rf "$trial"' EXIT; fi
# No model: unset whatever would point specloop at one.
unset OPENAI_API_KEY OPENAI_BASE_URL OPENAI_MODEL SPECLOOP_MODEL || true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

log="$trial/last-output.txt"
step() { printf '\n== %s (%ss)\n' "$*" $((SECONDS - started)); }
fail() {
  printf 'tarball trial FAILED: %s\n' "$*" >&2
  [ -f "$log" ] && { printf -- '--- output ---\n' >&2; tail -n 40 "$log" >&2; }
  exit 1
}
# expect CODE COMMAND…: runs COMMAND, keeps its output in $log, fails unless it exits with CODE.
expect() {
  local want=$1
  shift
  local got=0
  "$@" >"$log" 2>&1 || got=$?
  [ "$got" -eq "$want" ] || fail "\`$*\` in $(pwd) exited $got, expected $want"
  sed 's/^/   | /' "$log" | tail -n 12
}
# output_has TEXT: the last command's output contains TEXT (a fixed string).
output_has() { grep -qF -- "$1" "$log" || fail "the output of the last command lacks: $1"; }
output_lacks() { ! grep -qF -- "$1" "$log" || fail "the output of the last command has: $1"; }
footprint() { du -sh node_modules | cut -f1; }

feature() {
  mkdir -p features
  cat >features/temperature.feature <<'EOF'
Feature: Temperature
  Scenario Outline: converting Celsius to Fahrenheit
    Given a temperature of <celsius> degrees Celsius
    When I convert it to Fahrenheit
    Then the result is <fahrenheit>

    Examples:
      | celsius | fahrenheit |
      | 0       | 32         |
      | 100     | 212        |
      | 10      | 50         |
      | -40     | -40        |
      | 37      | 98.6       |
EOF
}

step "npm pack"
expect 0 npm pack --pack-destination "$trial"
tarball=$(ls "$trial"/specloop-*.tgz)
mkdir "$trial/unpacked" && tar xzf "$tarball" -C "$trial/unpacked"
# Shipped source maps carry their sources: none may need a .ts file the package does not have.
node - "$trial/unpacked/package" <<'EOF' || fail "a shipped source map needs sources the package does not ship"
const fs = require('fs'), path = require('path')
const root = process.argv[2]
const maps = []
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (f.endsWith('.map')) maps.push(f) } }
walk(root)
let bad = 0
for (const file of maps) {
  const map = JSON.parse(fs.readFileSync(file, 'utf8'))
  map.sources.forEach((source, index) => {
    const shipped = fs.existsSync(path.resolve(path.dirname(file), map.sourceRoot || '', source))
    if (!shipped && typeof map.sourcesContent?.[index] !== 'string') { bad++; console.error(`${path.relative(root, file)}: ${source} is neither shipped nor inlined`) }
  })
}
if (fs.existsSync(path.join(root, 'src'))) { bad++; console.error('the package ships src/') }
console.log(`${maps.length} source maps, each with its sources inlined or shipped`)
process.exit(bad ? 1 : 0)
EOF

step "a fresh project: npm init -y, then the tarball alone (no peers)"
plain="$trial/plain"
mkdir "$plain" && cd "$plain"
expect 0 npm init -y
expect 0 npm install --save-dev --legacy-peer-deps "$tarball"
alone=$(footprint)
# Without its peer cucumber-js, specloop says what to install, and stops (exit 2), with no stack trace.
expect 2 npx specloop check
output_has "npm i -D @cucumber/cucumber@12"
output_lacks "    at "

step "cucumber-js 12.0.0 (the peer range's lowest), then --generator openai without the openai package"
expect 0 npm install --save-dev --save-exact @cucumber/cucumber@12.0.0
feature
expect 2 npx specloop generate --generator openai --model some-model
output_has "--generator openai needs the openai package"
output_has "npm i -D openai@6"
output_lacks "    at "
[ ! -e generated ] || fail "generate wrote files before it stopped"

step "specloop init in the existing project, npm install"
expect 0 npx specloop init
output_has "devDependencies.chai"
output_lacks "devDependencies.@cucumber/cucumber"
node -e "const p = require('./package.json'); if (p.devDependencies['@cucumber/cucumber'] !== '12.0.0' || !p.devDependencies.chai || !p.devDependencies['ts-node']) process.exit(1)" || fail "init changed or missed a dev dependency: $(cat package.json)"
expect 0 npm install
toolchain=$(footprint)

step "specloop run (offline), then plain cucumber-js"
expect 0 npx specloop run
output_has "fahrenheit = celsius * 1.8 + 32"
output_has "5 scenarios (5 passed)"
[ -f generated/steps/temperature.steps.ts ] && [ ! -e features/greeting.feature ] || fail "run wrote no step definitions, or init added its example to a project with features"
expect 0 npx cucumber-js
output_has "5 scenarios (5 passed)"
expect 0 npx cucumber-js features/temperature.feature:9
output_has "1 scenario (1 passed)"
output_lacks "WARNING"

step "an npm-workspaces monorepo: the tarball in a package, hoisted to the root"
mono="$trial/monorepo"
mkdir -p "$mono/packages/app" && cd "$mono"
expect 0 npm init -y
npm pkg set 'workspaces[0]=packages/*' && npm pkg set private=true --json
(cd packages/app && expect 0 npm init -y)
expect 0 npm install --save-dev "$tarball" --workspace packages/app
[ -d node_modules/specloop ] && [ -d node_modules/@cucumber/cucumber ] && [ ! -e packages/app/node_modules/specloop ] || fail "specloop and its peer cucumber-js were not hoisted to the root"
with_peers=$(footprint)
cd packages/app
expect 0 npx specloop init
(cd "$mono" && expect 0 npm install)
feature
expect 0 npx specloop run
output_has "6 scenarios (6 passed)"
output_lacks "Access to this API has been restricted"
expect 0 npx specloop verify
output_has "6 scenarios (6 passed)"
expect 0 npx cucumber-js
output_has "6 scenarios (6 passed)"

cd "$repo"
printf '\ntarball trial green in %ss. node_modules: specloop alone %s; with its peer cucumber-js (monorepo root) %s; with the toolchain init adds %s\n' \
  $((SECONDS - started)) "$alone" "$with_peers" "$toolchain"
