Feature: Nx workspaces
  specloop's Nx plugin (`specloop/nx` in nx.json) gives every folder with a cucumber
  configuration and feature files the targets spec-check, spec-generate, spec-verify and
  spec-report, each running specloop in that folder, with their inputs and outputs, so Nx caches
  them and runs only what a change affects; and one verify target per feature file, grouped under
  spec-verify-ci, for Nx's distribution or a CI matrix. `specloop init` registers the plugin.

  Scenario: three spec projects get specloop's targets, cached, and only the affected one runs again
    Given an Nx workspace with the spec projects "app1, app2, app3" and the nx.json:
      """
      { "plugins": ["specloop/nx"] }
      """
    When I run "nx show projects"
    Then the exit code is 0
    And the output contains "app1"
    And the output contains "app2"
    And the output contains "app3"
    When I run "nx show project app1 --json"
    Then the Nx project "app1" has the targets:
      """
      spec-check
      spec-generate
      spec-verify
      spec-report
      spec-verify-ci
      spec-verify--features/add.feature
      spec-verify--features/double.feature
      """
    And its target "spec-verify" runs "specloop verify" in "app1"
    And its target "spec-verify--features/add.feature" runs "specloop verify features/add.feature" in "app1"
    And its target "spec-verify" has the outputs "{projectRoot}/.specloop/runs"
    And its target "spec-report" has the outputs "{projectRoot}/reports"
    And its target "spec-verify" has the inputs:
      """
      {projectRoot}/**/*.feature
      {projectRoot}/steps/**/*
      {projectRoot}/generated/**/*
      {projectRoot}/src/**/*
      {projectRoot}/tsconfig.json
      {projectRoot}/cucumber.js
      {"externalDependencies":["specloop","@cucumber/cucumber"]}
      """
    When I run "nx run-many -t spec-verify --output-style=static"
    Then the exit code is 0
    And the output contains "2 scenarios (2 passed)" 3 times
    And the output contains "Successfully ran target spec-verify for 3 projects"
    # The same sources again: Nx replays the three runs from its cache instead of running them.
    When I run "nx run-many -t spec-verify --output-style=static"
    Then the exit code is 0
    And the output contains "nx run app1:spec-verify  [local cache]"
    And the output contains "Nx read the output from the cache instead of running the command for 3 out of 3 tasks"
    Given a git repository with everything committed
    When the scenario "double three" of "app2/features/double.feature" is renamed "three doubled"
    And I run "nx affected -t spec-verify --base=HEAD --output-style=static"
    Then the exit code is 0
    And the output contains "Successfully ran target spec-verify for project app2"
    And the output contains "2 scenarios (2 passed)" 1 times
    And the output does not contain "app1:spec-verify"
    And the output does not contain "app3:spec-verify"

  Scenario: each feature file has its own verify target, grouped for CI, under the prefix the options give
    Given an Nx workspace with the spec projects "app1" and the nx.json:
      """
      { "plugins": [{ "plugin": "specloop/nx", "options": { "targetPrefix": "bdd-" } }] }
      """
    When I run "nx run app1:bdd-verify-ci --output-style=static"
    Then the exit code is 0
    And the output contains "nx run app1:bdd-verify--features/add.feature"
    And the output contains "nx run app1:bdd-verify--features/double.feature"
    And the output contains "1 scenario (1 passed)" 2 times
    And the output contains "Successfully ran target bdd-verify-ci for project app1 and 2 tasks it depends on"

  Scenario: init in an Nx workspace registers the plugin beside the workspace's own
    Given an Nx workspace whose nx.json is:
      """
      {
        "plugins": ["@nx/js/typescript"],
        "namedInputs": { "default": ["{projectRoot}/**/*"] }
      }
      """
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "nx.json: registered the Nx plugin specloop/nx (targets spec-check, spec-generate, spec-verify, spec-report, spec-verify-ci)"
    And the file "nx.json" lists the Nx plugins "[\"@nx/js/typescript\", \"specloop/nx\"]"
    And the file "nx.json" contains "\"namedInputs\""
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "nx.json: the Nx plugin specloop/nx is registered already"
    And the file "nx.json" lists the Nx plugins "[\"@nx/js/typescript\", \"specloop/nx\"]"

  Scenario: an nx.json that is not JSON stops init, located, before it writes anything
    Given an Nx workspace whose nx.json is:
      """
      {
        "plugins": ["@nx/js/typescript"],
      }
      """
    When I run "specloop init shop"
    Then the exit code is 2
    And the output contains "nx.json:3:1"
    And the output contains "nx.json is not valid JSON"
    And the output contains "add \"specloop/nx\" to its \"plugins\" by hand"
    And the file "shop/cucumber.js" does not exist
    And the file "nx.json" is unchanged:
      """
      {
        "plugins": ["@nx/js/typescript"],
      }
      """
    And the output has no stack trace
