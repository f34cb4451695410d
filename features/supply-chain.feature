Feature: Supply chain of generated code: npm audit for what it imports, and the project's SBOM
  `specloop gate` with `"gate": { "audit": … }` in specloop.json runs `npm audit` and `npm sbom`
  on the project's package-lock.json. Every package generated code imports is shown with its
  licence and what npm audit says of it; an advisory at or above `failOn` fails the gate, one
  below it is a warning. The CycloneDX SBOM is written beside the report (reports/sbom.cdx.json).
  An audit that could not run (no registry, no lockfile) is said so, never passed; with
  `"whenUnavailable": "fail"` it fails the gate. npm audit asks the registry: these scenarios
  use a fixture registry on 127.0.0.1 that holds scripted advisories.

  Background:
    Given a copy of the example "pricing"
    # These scenarios are about the audit: without a tsconfig.json the gate's tsc check is skipped.
    And I delete the file "tsconfig.json"
    And the file "package.json":
      """
      {
        "name": "shop",
        "version": "1.0.0",
        "private": true,
        "dependencies": { "diff": "3.4.0" },
        "devDependencies": { "@cucumber/cucumber": "12.9.0", "chai": "6.3.0" }
      }
      """
    And the file "package-lock.json":
      """
      {
        "name": "shop",
        "version": "1.0.0",
        "lockfileVersion": 3,
        "requires": true,
        "packages": {
          "": { "name": "shop", "version": "1.0.0", "dependencies": { "diff": "3.4.0" }, "devDependencies": { "@cucumber/cucumber": "12.9.0", "chai": "6.3.0" } },
          "node_modules/diff": { "version": "3.4.0", "license": "BSD-3-Clause" },
          "node_modules/chai": { "version": "6.3.0", "dev": true, "license": "MIT" },
          "node_modules/@cucumber/cucumber": { "version": "12.9.0", "dev": true, "license": "MIT" }
        }
      }
      """
    And the file "generated/src/describeChange.ts":
      """
      import { diffLines } from 'diff'

      export const describeChange = (before: string, after: string): number => diffLines(before, after).length
      """

  Scenario: an advisory at the configured severity fails the gate, located at the import; the SBOM is written beside the report
    Given the fixture npm registry holds these advisories:
      | package | vulnerable | fixed | severity | title                                   | url                                               |
      | diff    | <3.5.0     | 3.5.0 | high     | Regular Expression Denial of Service    | https://github.com/advisories/GHSA-h6ch-v84p-w6p9 |
    And the file "specloop.json":
      """
      { "gate": { "dependencies": ["@cucumber/cucumber", "chai", "diff"], "audit": { "failOn": "high" } } }
      """
    When I run "specloop gate"
    Then the exit code is 1
    And the output contains "audit: generated/src/describeChange.ts:1:1: imports diff (licence BSD-3-Clause), which npm audit reports: high: Regular Expression Denial of Service (<3.5.0) https://github.com/advisories/GHSA-h6ch-v84p-w6p9 (npm install diff@3.5.0; the policy fails on high and above"
    And the output contains "imported by generated code: diff high"
    And the fixture npm registry was asked about "diff"
    And the file "reports/sbom.cdx.json" is a CycloneDX SBOM listing "diff@3.4.0"
    When I replace "\"failOn\": \"high\"" with "\"failOn\": \"critical\"" in the file "specloop.json"
    And I run "specloop gate"
    Then the exit code is 0
    And the output contains "warning: generated/src/describeChange.ts:1:1: imports diff (licence BSD-3-Clause), which npm audit reports: high: Regular Expression Denial of Service"
    And the output contains "(below critical, the policy's threshold)"
    And the output contains "fails on critical and above; SBOM reports/sbom.cdx.json (CycloneDX 1.5, 3 components)"

  Scenario: an audit that could not run is a warning, never a pass; the policy can make it fail the gate
    Given the npm registry cannot be reached
    And the file "specloop.json":
      """
      { "gate": { "dependencies": ["@cucumber/cucumber", "chai", "diff"], "audit": { "failOn": "low", "sbom": "site/sbom.json" } } }
      """
    When I run "specloop gate"
    Then the exit code is 0
    And the output contains "audit        skipped — npm audit could not run; SBOM site/sbom.json"
    And the output contains "warning: specloop.json: npm audit could not run: request to http://127.0.0.1:1/-/npm/v1/security/advisories/bulk failed"
    And the output contains "the packages generated code imports were not audited"
    And the output does not contain "audit        ok"
    And the file "site/sbom.json" is a CycloneDX SBOM listing "diff@3.4.0"
    When I replace "\"failOn\": \"low\"" with "\"failOn\": \"low\", \"whenUnavailable\": \"fail\"" in the file "specloop.json"
    And I run "specloop gate"
    Then the exit code is 1
    And the output contains "audit: specloop.json: npm audit could not run: request to http://127.0.0.1:1/"
    When I delete the file "package-lock.json"
    And I run "specloop gate"
    Then the exit code is 1
    And the output contains "npm audit could not run: the project has no package-lock.json (npm install writes it)"

  Scenario: a mistake in the audit policy is refused, located
    Given the file "specloop.json":
      """
      {
        "gate": { "audit": { "failOn": "severe" } }
      }
      """
    When I run "specloop gate"
    Then the exit code is 2
    And the output contains "specloop.json:2:"
    And the output contains "\"gate.audit.failOn\" must be one of info, low, moderate, high, critical (npm audit's severities)"
    And the output has no stack trace
