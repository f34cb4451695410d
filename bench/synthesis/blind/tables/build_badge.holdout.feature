Feature: Pipeline badge
  A build that did not compile is "broken"; a build with any failed test is "failing"; otherwise it is "passing".

  Scenario Outline: the badge on the project page
    Given the build compiled: <compiled>
    And <failed> tests failed
    When the pipeline badge is updated
    Then the badge reads "<badge>"

    Examples:
      | compiled | failed | badge   |
      | yes      | 250    | failing |
      | no       | 1      | broken  |
      | yes      | 2      | failing |
