Feature: Reading the living documentation in a browser
  The report is a static site read in a browser straight from disk: no server, no network.
  Readers search it, filter it by tag expressions, open the examples of an outline, see the code
  a scenario ran, and go from a line of code to the scenarios that ran it. (Debian's Chromium,
  driven by playwright-core; CI installs it.)

  Scenario: A reader finds a scenario, opens an example row, its trace and the scenarios of a line
    Given the example shop project
    And the latest run of the project, with a trace where:
      | scenario        | file        | lines                       |
      | Adding one item | src/cart.js | 4-5, 8-10, 13-14, 16        |
      | Invoice text    | src/cart.js | 4-5, 8-10, 13-14, 16, 19-22 |
    And I run "specloop report"
    When I open the report in a browser
    Then the overview shows "11 scenarios" with "2 failed, 1 ambiguous, 1 undefined, 1 pending, 1 skipped, 5 passed"
    When I search for "invoice reads"
    Then the scenarios listed are "Invoice text"
    When I clear the search and filter by the tag expression "@billing and not @wip"
    Then the scenarios listed are "Invoice text, Invoice sent by post, Invoice archived, Invoice signed by hand"
    When I open the feature "Shopping cart" and the example row "mango" of its outline
    Then I see a failed example with the values "2, mango, 1.50, 9.99" and the error "'3.00' !== '9.99'"
    When I open the scenario "Invoice text" and its trace in "src/cart.js"
    Then the marked lines are "4-5, 8-10, 13-14, 16, 19-22"
    When I open the source file "src/cart.js" and the scenarios of line 21
    Then the scenarios listed for the line are "Invoice text"
    When I follow the link of "Invoice text"
    Then I see the scenario "Invoice text"
    And a screenshot of the page is saved as "report.png"

  Scenario: A reader sees the hollow scenarios, the code no scenario ran and each file's share of lines run
    Given the example shop project
    And the latest run of the project, with a trace where:
      | scenario        | file        | lines                |
      | Adding one item | src/cart.js | 4-5, 8-10, 13-14, 16 |
    And the executable lines of "src/cart.js" are "5, 9-10, 14-16, 20-22, 26"
    And the trace marks "Adding one item" hollow because it asserts nothing
    And I run "specloop report"
    When I open the report in a browser
    And I open the section "Trace & coverage"
    Then the view says "50.0% of executable lines (5/10) and 0 of 0 functions were run by 1 traced scenarios."
    And the hollow scenarios listed are "Shopping cart › Adding one item — asserts nothing"
    And the code no scenario ran is listed as "src/cart.js: lines 15, 20-22, 26"
    And the source files listed are:
      | File        | Role           | Origin      | Lines run |
      | src/cart.js | implementation | hand written | 5/10      |
    When I follow the code no scenario ran in "src/cart.js"
    Then the source view selects line 15 and says "Line 15: no scenario ran it (uncovered)."
    And the lines marked as run by no scenario are "15, 20-22, 26"

  Scenario: A reader sees which spec a generated file came from, that it was edited by hand, and the ledger
    Given the example shop project
    And the latest run of the project
    And a generated file "generated/discount.js" made from "features/cart/cart.feature", recorded in the ledger
    And I replace "rate: 0.9" with "rate: 0.8" in the file "generated/discount.js"
    And I run "specloop report"
    When I open the report in a browser
    And I open the section "Provenance"
    Then the provenance of "generated/discount.js" is:
      | Generator      | offline/synthesis                          |
      | Model          | offline                                    |
      | Round          | –                                          |
      | Generated from | features/cart/cart.feature: spec unchanged |
      | Edited by hand | yes                                        |
      | Ledger         | #1                                         |
    And the view says "Every path through the 1 entries holds."
    And the ledger lists entry 1 as a "generate" by "offline/synthesis" of "generated/discount.js"
    When I open the section "Metrics"
    Then the view says "Over the whole history, from the ledger, git and the runs kept."
    And the view says "Generate loops: green / all · rounds0 / 0 · 0"

  Scenario: A reader sees on the overview and on the feature's page that its generated code is unconfirmed, and the ledger's results in words
    Given the example shop project
    And the latest run of the project
    And a generated file "generated/discount.js" made from "features/cart/cart.feature" with a rule its examples do not decide, recorded in the ledger with the result:
      """
      {"round": 1, "written": 1, "implementations": [{"operation": "discount", "status": "ambiguous"}, {"operation": "total", "status": "synthesised"}]}
      """
    And I run "specloop report"
    When I open the report in a browser
    Then the features the overview marks "code unconfirmed: 1 question open" are "Shopping cart"
    When I open the feature "Shopping cart"
    Then the view says "Code unconfirmed: 1 question open. Its scenarios do not decide the rule specloop wrote in generated/discount.js"
    When I open the section "Provenance"
    Then the ledger's result of entry 1 reads "round: 1; written: 1; implementations: discount ambiguous, total synthesised"

  Scenario: A reader sees the past runs, latest first, beside this report's run
    Given the example shop project
    And an earlier run "run-earlier" in the history of the project, on "2020-01-02T03:04:05.000Z", where 3 scenarios passed and 80% of the lines ran
    And the latest run of the project
    And I run "specloop report"
    When I open the report in a browser
    And I open the section "History"
    Then the runs listed are:
      | Run         | Time                | Scenarios | Results                                                           | Coverage |
      | this run    |                     | 11        | 2 failed, 1 ambiguous, 1 undefined, 1 pending, 1 skipped, 5 passed | –        |
      | run-earlier | 2020-01-02 03:04:05 | 3         | 3 passed                                                          | 80%      |
    And the trend chart shows 2 runs
