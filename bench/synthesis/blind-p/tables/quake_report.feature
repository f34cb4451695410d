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
      | 2.3       | minor    | no    |
      | 3.9       | minor    | no    |
      | 4.0       | moderate | no    |
      | 5.9       | moderate | no    |
      | 6.0       | strong   | no    |
      | 6.4       | strong   | no    |
      | 6.5       | strong   | yes   |
      | 6.9       | strong   | yes   |
      | 7.0       | major    | yes   |
