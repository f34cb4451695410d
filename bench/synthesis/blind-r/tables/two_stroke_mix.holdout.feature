Feature: Two-stroke mix

  Scenario Outline: oil for a can of petrol
    Given a can with <petrol> l of petrol
    And a mix ratio of <ratio> to 1
    When the two-stroke oil is measured
    Then add <oil> ml of oil

    Examples:
      | petrol | ratio | oil |
      | 10     | 50    | 200 |
      | 1.5    | 32    | 47  |
      | 5      | 32    | 156 |
      | 3      | 40    | 75  |
      | 0.5    | 25    | 20  |
      | 2.2    | 32    | 69  |
