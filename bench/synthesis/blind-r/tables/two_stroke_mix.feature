Feature: Two-stroke mix

  Scenario Outline: oil for a can of petrol
    Given a can with <petrol> l of petrol
    And a mix ratio of <ratio> to 1
    When the two-stroke oil is measured
    Then add <oil> ml of oil

    Examples:
      | petrol | ratio | oil |
      | 5      | 50    | 100 |
      | 1      | 50    | 20  |
      | 2.5    | 50    | 50  |
      | 1      | 40    | 25  |
      | 4      | 40    | 100 |
      | 1      | 32    | 31  |
      | 3      | 32    | 94  |
      | 2      | 25    | 80  |
      | 0.6    | 32    | 19  |
