@packaging
Feature: specloop as people get it: the packed tarball, and a source checkout
  Users install the package npm packs, into the projects they have: a project made with
  `npm init -y`, an npm-workspaces monorepo with dependencies hoisted to its root. Contributors
  run the bin of a checkout they never built. Both must work, offline from any model (the npm
  registry is used to install). These scenarios install from the registry and build, so they run
  in CI's packaging profile (`npx cucumber-js --profile packaging`), not in `npm test`.

  Background:
    Given the file "features/temperature.feature":
      """
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
      """

  Scenario: the package ships compiled code, every source map's sources, and the documents its README links to
    Given specloop packed by npm pack
    Then the package has no folder "src"
    And every source map in the package has its sources shipped or inlined
    # A reader of node_modules/specloop/README.md follows its links inside the package.
    And every relative link in the package's Markdown files points at a file the package ships

  Scenario: installed without its peer cucumber-js, specloop says what to install
    Given specloop packed by npm pack
    And a project made by "npm init -y"
    When I run "npm install --save-dev --legacy-peer-deps <tarball>"
    Then the exit code is 0
    When I run "npx specloop check"
    Then the exit code is 2
    And the output contains "npm i -D @cucumber/cucumber@12"
    And the output has no stack trace

  Scenario: a model generator without the openai package says what to install, and writes nothing
    Given specloop packed by npm pack
    And a project made by "npm init -y"
    When I run "npm install --save-dev <tarball> @cucumber/cucumber@12"
    And I run "npx specloop generate --generator openai --model some-model"
    Then the exit code is 2
    And the output contains "--generator openai needs the openai package"
    And the output contains "npm i -D openai@6"
    And the output has no stack trace
    And the file "generated" does not exist

  Scenario: init joins an existing npm project; run goes green offline; plain cucumber-js runs one example by its line, without warnings
    Given specloop packed by npm pack
    And a project made by "npm init -y"
    # The lowest cucumber-js of specloop's peer range.
    When I run "npm install --save-dev --save-exact <tarball> @cucumber/cucumber@12.0.0"
    And I run "npx specloop init"
    Then the exit code is 0
    And the output contains "devDependencies.chai"
    And the output does not contain "devDependencies.@cucumber/cucumber"
    And the file "package.json" has "devDependencies.@cucumber/cucumber" equal to "12.0.0"
    And the file "features/greeting.feature" does not exist
    # The spec templates ship with the package.
    When I run "npx specloop templates"
    Then the output contains "rule-table     a decision table"
    When I run "npm install"
    Then the installed footprint is printed
    When I run "npx specloop run"
    Then the exit code is 0
    And the output contains "fahrenheit = celsius * 1.8 + 32"
    And the output contains "5 scenarios (5 passed)"
    And the file "generated/steps/temperature.steps.ts" exists
    When I run "npx cucumber-js"
    Then the output contains "5 scenarios (5 passed)"
    When I run "npx cucumber-js features/temperature.feature:9"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    And the output does not contain "WARNING"

  Scenario: init DIR where the tarball is installed: the new project names the same tarball, and npm install installs it
    Given specloop packed by npm pack
    And a project made by "npm init -y"
    When I run "npm install --save-dev <tarball> @cucumber/cucumber@12"
    Then the exit code is 0
    When I run "npx specloop init shop"
    Then the exit code is 0
    And the file "shop/package.json" names specloop by the packed tarball
    When I run "npm install" in "shop"
    Then the exit code is 0
    And the file "shop/node_modules/specloop/package.json" exists
    When I run "npx specloop check" in "shop"
    Then the exit code is 0

  Scenario: a package of an npm-workspaces monorepo, with specloop and cucumber-js hoisted to the root
    Given specloop packed by npm pack
    And a project made by "npm init -y"
    When I run "npm pkg set workspaces[0]=packages/*"
    And I run "npm pkg set private=true --json"
    And I run "npm init -y" in "packages/app"
    And I run "npm install --save-dev <tarball> --workspace packages/app"
    Then the exit code is 0
    And the file "node_modules/specloop" exists
    And the file "node_modules/@cucumber/cucumber" exists
    And the file "packages/app/node_modules/specloop" does not exist
    When I run "npx specloop init" in "packages/app"
    And I run "npm install"
    And I move "features/temperature.feature" to "packages/app/features/temperature.feature"
    And I run "npx specloop run" in "packages/app"
    Then the output contains "6 scenarios (6 passed)"
    And the output does not contain "Access to this API has been restricted"
    When I run "npx specloop verify" in "packages/app"
    Then the exit code is 0
    And the output contains "6 scenarios (6 passed)"
    When I run "npx cucumber-js" in "packages/app"
    Then the output contains "6 scenarios (6 passed)"

  Scenario: the bin of a source checkout that was never built runs every command
    Given a source checkout of specloop that was never built
    And the project's node_modules are specloop's own
    When I run "node <checkout>/bin/specloop.js check"
    Then the exit code is 1
    And the output contains "building from source"
    And the output contains "11 step texts need 3 step definitions"
    When I run "node <checkout>/bin/specloop.js run"
    Then the exit code is 0
    And the output contains "5 scenarios (5 passed)"
    When I run "node <checkout>/bin/specloop.js verify"
    Then the exit code is 0
    And the output contains "Trace: 5 scenarios"
    When I run "node <checkout>/bin/specloop.js report --format markdown"
    Then the exit code is 0
    And the file "reports/summary.md" exists
    When I run "node <checkout>/bin/specloop.js status"
    Then the exit code is 0
