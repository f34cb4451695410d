Feature: Earthquake report
  Readings below 4.0 are "minor", from 4.0 up to 5.9 "moderate", from 6.0 up to 6.9 "strong" and
  7.0 or more "major". From 6.5 upward the coastguard must run a tsunami check.

  Scenario Outline: describing a reading
    Given the seismograph reads <magnitude>
    When the quake is described
    Then it is reported as "<label>"
    And a tsunami check is needed: <check>

    Examples:
      | magnitude | label    | check |
      | 1.2       | minor    | no    |
      | 4.5       | moderate | no    |
      | 5.3       | moderate | no    |
      | 6.2       | strong   | no    |
      | 6.7       | strong   | yes   |
      | 8.1       | major    | yes   |
