Feature: Pipeline badge
  A build that did not compile is "broken"; a build with any failed test is "failing"; otherwise it is "passing".

  Scenario Outline: the badge on the project page
    Given the build compiled: <compiled>
    And <failed> tests failed
    When the pipeline badge is updated
    Then the badge reads "<badge>"

    Examples:
      | compiled | failed | badge   |
      | yes      | 0      | passing |
      | yes      | 3      | failing |
      | no       | 0      | broken  |
      | yes      | 1      | failing |
      | no       | 12     | broken  |
