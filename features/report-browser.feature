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
