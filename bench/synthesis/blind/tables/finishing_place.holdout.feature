Feature: Race results
  Places are read out as English ordinals: 1st, 2nd, 3rd, 4th, and so on.

  Scenario Outline: announcing a runner's place
    Given a runner who finished in position <position>
    When the results are read out
    Then the runner came "<place>"

    Examples:
      | position | place |
      | 23       | 23rd  |
      | 111      | 111th |
      | 112      | 112th |
      | 102      | 102nd |
      | 40       | 40th  |
      | 33       | 33rd  |
