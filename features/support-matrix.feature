@extended
Feature: A tested support matrix
  CI runs a smoke subset of specloop's own features (check, generate, verify with its trace,
  report, run, the ledger, approvals, metrics) on Node.js 20, 22 and 24 — binaries from the npm
  registry's node packages — with cucumber-js 12, and on Node.js 22 and 24 with cucumber-js 13
  as well (`node scripts/support-matrix.js`, in `.ci/run`). The README states that matrix.

  Scenario: every cell of the matrix passes, and the README names what was tested
    Given the support matrix of this commit, run by scripts/support-matrix.js
    Then every cell of the support matrix passed
    And it covers Node.js "20" with cucumber-js "12"
    And it covers Node.js "22" with cucumber-js "12"
    And it covers Node.js "22" with cucumber-js "13"
    And it covers Node.js "24" with cucumber-js "12"
    And it covers Node.js "24" with cucumber-js "13"
    And the README's "What it needs" table names every tested version
