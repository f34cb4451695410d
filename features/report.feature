Feature: Living documentation
  `specloop report` turns a run into a static site that readers open from disk or from any
  static host: the specification, its results, the code each scenario ran and where generated
  code came from. It also writes a markdown summary for pull requests and CI job summaries, and
  JUnit XML for CI systems.

  Background:
    Given the example shop project

  Scenario: The report of a plain cucumber-js messages stream shows cucumber's own counts
    When I run "cucumber-js --format message:messages.ndjson --format summary:summary.txt"
    And I run "specloop report --from messages.ndjson"
    Then the exit code is 0
    And the output has the scenario and step counts of "summary.txt"
    And the report in "reports" shows the scenario and step counts of "summary.txt"
    And the report in "reports" has a data file for each of its 2 features

  Scenario: The report of the latest run shows its trace, the provenance of generated code and the trend
    Given the latest run of the project, with a trace where:
      | scenario        | file        | lines                |
      | Adding one item | src/cart.js | 4-5, 8-10, 13-14, 16 |
    And the executable lines of "src/cart.js" are "5, 9-10, 14-16, 20-22, 26"
    And a generated file "generated/discount.js" made from "features/cart/cart.feature", recorded in the ledger
    When I run "specloop report"
    Then the exit code is 0
    And the output contains "Report: reports/index.html"
    And in the report in "reports", "Adding one item" ran the lines "4-5, 8-10, 13-14, 16" of "src/cart.js"
    And in the report in "reports", the uncovered lines of "src/cart.js" are "15, 20-22, 26"
    And in the report in "reports", "generated/discount.js" was generated from "features/cart/cart.feature" and not edited by hand
    When I run "specloop report"
    Then the history of the project has 1 run

  Scenario: Markdown for pull requests and JUnit XML for CI
    Given the latest run of the project
    When I run "specloop report --format markdown --out -"
    Then the exit code is 0
    And the output contains "## Living documentation: 5 of 11 scenarios did not pass"
    When I run "specloop report --format junit --out junit.xml"
    Then the exit code is 0
    And the file "junit.xml" still contains '<testsuite name="Living documentation"'
    And the file "junit.xml" still contains 'tests="11" skipped="1" failures="5" errors="0"'

  Scenario: A stream that is not Cucumber Messages is refused at its line, and nothing is written
    Given the file "broken.ndjson":
      """
      {"meta":{"protocolVersion":"32.2.0"}}
      {"source": oops}
      """
    When I run "specloop report --from broken.ndjson"
    Then the exit code is 2
    And the output contains "broken.ndjson:2"
    And the output contains "not a Cucumber Messages line"
    And the output has no stack trace
    And the file "reports/index.html" does not exist

  Scenario: Without a run there is nothing to report
    When I run "specloop report"
    Then the exit code is 2
    And the output contains "no run to report: .specloop/runs/latest/messages.ndjson does not exist (run `specloop verify` first, or pass --from FILE.ndjson)"

  Scenario: The document formats are the report's
    When I run "specloop check --format junit"
    Then the exit code is 2
    And the output contains "--format junit is only for `specloop report`"
    When I run "specloop report --format csv"
    Then the exit code is 2
    And the output contains "(report writes html, markdown or junit, or json for its result)"

  Scenario: A trace that is not a trace is refused at its file
    Given the latest run of the project
    And the file ".specloop/runs/latest/trace.json":
      """
      {"version": 1, "files": 3}
      """
    When I run "specloop report"
    Then the exit code is 2
    And the output contains ".specloop/runs/latest/trace.json:1:1: not a trace of format version 1"
    And the output has no stack trace

  Scenario: A report never replaces files it did not write
    Given the latest run of the project
    And the file "site/assets/logo.svg":
      """
      <svg xmlns="http://www.w3.org/2000/svg"/>
      """
    When I run "specloop report --out site"
    Then the exit code is 2
    And the output contains "site/assets exists and was not written by specloop report: nothing was written"
    And the file "site/assets/logo.svg" exists
    And the file "site/index.html" does not exist
    When I run "specloop report --out reports"
    And I run "specloop report --out reports"
    Then the exit code is 0
    And the directory "reports" contains only:
      """
      index.html
      assets
      data
      attachments
      """
