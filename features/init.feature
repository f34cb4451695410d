Feature: Starting a spec project
  `specloop init` scaffolds a project a newcomer can run at once with plain `npx cucumber-js`,
  or adds to an existing project what it lacks. It never overwrites anything.

  Scenario: a new project runs its example with plain cucumber-js
    Given an empty directory
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "Created a spec project in <project>/shop"
    # Outside an Nx workspace nothing Nx-related is written or said.
    And the output does not contain "nx.json"
    And the directory "shop" contains only:
      """
      .gitignore
      .vscode
      README.md
      cucumber.js
      features
      generated
      package.json
      src
      steps
      tsconfig.json
      """
    # Run from a source checkout, specloop cannot be named by a range the registry would resolve
    # to someone else's package: it is left out, with the command that adds it.
    And the file "shop/package.json" does not name specloop
    And the output contains "specloop is not in its package.json (specloop runs from"
    And the output contains "npm pack) && npm install --save-dev"
    When the project "shop" has its dependencies installed
    And I run "cucumber-js" in "shop"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    When I run "specloop check -C shop"
    Then the exit code is 0
    # Its steps are written by hand: the whole job generates nothing and the project compiles.
    When I run "specloop run -C shop"
    Then the exit code is 0
    And the output contains "0 step definitions, 0 operations, 0 files written"
    And the output contains "1 scenario (1 passed)"
    And the directory "shop/generated/steps" is empty
    And the directory "shop/generated/src" is empty

  Scenario: in an ES-module project init writes an ES-module configuration, and generated steps import by file name
    Given an empty directory
    And the file "shop/package.json":
      """
      { "name": "shop", "private": true, "type": "module" }
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the file "shop/cucumber.js" contains "export default {"
    And the file "shop/cucumber.js" contains "loader: ['ts-node/esm/transpile-only']"
    And the file "shop/tsconfig.json" contains "\"module\": \"NodeNext\""
    And the file "shop/steps/greeting.steps.ts" contains "from '../src/greeting.js'"
    When the project "shop" has its dependencies installed
    And I run "cucumber-js" in "shop"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    Given the file "shop/features/tax.feature":
      """
      Feature: Tax
        Scenario Outline: tax on a price
          Given a price of <price>
          When the tax is worked out
          Then the tax is <tax>

          Examples:
            | price | tax |
            | 100   | 20  |
            | 10    | 2   |
            | 35    | 7   |
            | 50    | 10  |
      """
    When I run "specloop run -C shop"
    Then the exit code is 0
    And the file "shop/generated/steps/tax.steps.ts" contains "from \"../support/world.js\""
    When I run "cucumber-js" in "shop"
    Then the exit code is 0
    And the output contains "5 scenarios (5 passed)"

  Scenario: an existing project gains what it lacks, and nothing of its own is changed
    Given the file "shop/package.json":
      """
      {
        "name": "shop",
        "version": "1.0.0",
        "scripts": { "test": "echo mine" },
        "devDependencies": { "typescript": "5.9.3" }
      }
      """
    And the file "shop/features/basket.feature":
      """
      Feature: mine, not to be overwritten
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "Added specloop to the project in <project>/shop"
    And the output contains "package.json: added scripts.verify, scripts.report, devDependencies.@cucumber/cucumber"
    And the output does not contain "devDependencies.specloop"
    And the output contains "specloop is not in its package.json"
    And the output contains "created  cucumber.js"
    And the file "shop/package.json" contains "\"test\": \"echo mine\""
    And the output contains "package.json: kept your scripts.test; specloop's would be \"cucumber-js\""
    And the file "shop/features/basket.feature" still contains "mine, not to be overwritten"
    And the file "shop/features/greeting.feature" does not exist
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "package.json: already has everything specloop needs"
    And the output contains "kept as they are (yours): .gitignore, cucumber.js"
    And the file "shop/README.md" does not exist

  Scenario: npm's placeholder test script is replaced; in an npm workspaces monorepo the install is at the root
    Given an empty directory
    And the file "package.json":
      """
      { "name": "mono", "private": true, "workspaces": ["packages/*"] }
      """
    And the file "packages/billing/package.json":
      """
      {
        "name": "billing",
        "scripts": { "test": "echo \"Error: no test specified\" && exit 1" }
      }
      """
    When I run "specloop init packages/billing"
    Then the exit code is 0
    And the output contains "package.json: replaced npm's placeholder scripts.test (it only fails) with specloop's"
    And the output does not contain "kept your scripts.test"
    And the file "packages/billing/package.json" contains "\"test\": \"cucumber-js\""
    And the output contains "Next: npm install && cd packages/billing && npx cucumber-js (the project is an npm workspace: npm installs at the root)"
    When I run "specloop check"
    Then the exit code is 2
    And the output contains "this is an npm workspaces root: run specloop in a workspace with features, -C packages/billing"
    When I run "specloop init tools"
    Then the output contains "Next: cd tools && npm install && npx cucumber-js"
    And the output does not contain "npm workspace"

  Scenario: specloop installed from a folder: a new project names that folder, and an existing one keeps its own
    Given an empty directory
    And specloop installed in the project as npm installs a folder: a link, and its lock entry
    When I run "specloop init shop"
    Then the exit code is 0
    And the file "shop/package.json" names specloop by the folder it was installed from
    And the output contains "Its package.json names specloop file:"
    And the output does not contain "specloop is not in its package.json"
    Given the file "mine/package.json":
      """
      { "name": "mine", "devDependencies": { "specloop": "file:../elsewhere/specloop-0.1.0.tgz" } }
      """
    When I run "specloop init mine"
    Then the exit code is 0
    And the file "mine/package.json" has "devDependencies.specloop" equal to "file:../elsewhere/specloop-0.1.0.tgz"
    And the output does not contain "specloop is not in its package.json"

  Scenario: the Cucumber extension for VS Code finds the steps: its settings are added to the project's own
    Given the file "shop/.vscode/settings.json":
      """
      {
        "editor.tabSize": 4
      }
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains ".vscode/settings.json: added cucumber.features, cucumber.glue"
    And the file "shop/.vscode/settings.json" contains "\"editor.tabSize\": 4"
    And the file "shop/.vscode/settings.json" contains "\"generated/steps/**/*.ts\""
    Given the file "plain/.vscode/settings.json":
      """
      {
        // mine, with a comment
        "editor.tabSize": 4
      }
      """
    When I run "specloop init plain"
    Then the exit code is 0
    And the output contains ".vscode/settings.json has comments, so it is left as it is: add \"cucumber.features\""
    And the file "plain/.vscode/settings.json" still contains "// mine, with a comment"

  Scenario: a project's tsconfig without a target gains one cucumber-js's World class can run with; a target of its own is left
    Given the file "shop/tsconfig.json":
      """
      { "compilerOptions": { "strict": false } }
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "tsconfig.json: added compilerOptions.target \"ES2022\" (cucumber-js's World class needs ES2015 or later"
    And the file "shop/tsconfig.json" contains "\"target\": \"ES2022\""
    And the file "shop/tsconfig.json" contains "\"strict\": false"
    Given the file "old/tsconfig.json":
      """
      { "compilerOptions": { "target": "ES5" } }
      """
    When I run "specloop init old"
    Then the exit code is 0
    And the output contains "tsconfig.json is left as it is (it has comments, or a target of its own): set compilerOptions.target to \"ES2022\""
    And the file "old/tsconfig.json" still contains "\"target\": \"ES5\""

  Scenario: a package.json that is not JSON stops init, located, before it writes anything
    Given the file "shop/package.json":
      """
      { "name": "shop", }
      """
    When I run "specloop init shop"
    Then the exit code is 2
    And the output contains "shop/package.json:1:"
    And the output contains "package.json is not valid JSON"
    And the file "shop/cucumber.js" does not exist
    And the output has no stack trace

  Scenario: a project's own cucumber configuration stays its suite: no cucumber.js beside it, and what it must load is said
    Given the file "shop/cucumber.json":
      """
      { "default": { "paths": ["specs/**/*.feature"], "require": ["test/steps/**/*.ts"] } }
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the file "shop/cucumber.js" does not exist
    And the file "shop/features/greeting.feature" does not exist
    And the output contains "cucumber.json is your cucumber configuration: no cucumber.js was written"
    And the output contains "Add \"generated/support/**/*.ts\" and \"generated/steps/**/*.ts\" to its \"require\""
    Given the file "shop/cucumber.json":
      """
      { "default": { "paths": ["specs/**/*.feature"], "require": ["test/steps/**/*.ts", "generated/**/*.ts"] } }
      """
    When I run "specloop init shop"
    Then the output contains "cucumber.json is your cucumber configuration, and it loads the code specloop generates"
