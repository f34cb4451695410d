Feature: Starting a spec project
  `specloop init` scaffolds a project a newcomer can run at once with plain `npx cucumber-js`.
  It never overwrites anything.

  Scenario: a new project runs its example with plain cucumber-js
    Given an empty directory
    When I run "specloop init shop"
    Then the exit code is 0
    And the output contains "Created a spec project in <project>/shop"
    And the directory "shop" contains only:
      """
      .gitignore
      README.md
      cucumber.js
      features
      generated
      nx.json
      package.json
      src
      steps
      tsconfig.json
      """
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

  Scenario: an existing file stops init before it writes anything
    Given the file "shop/features/greeting.feature":
      """
      Feature: mine, not to be overwritten
      """
    When I run "specloop init shop"
    Then the exit code is 1
    And the output contains "1 file(s) already exist; nothing was written"
    And the output contains "<project>/shop/features/greeting.feature"
    And the file "shop/package.json" does not exist
    And the file "shop/features/greeting.feature" still contains "mine, not to be overwritten"
