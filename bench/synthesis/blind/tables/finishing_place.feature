Feature: Race results
  Places are read out as English ordinals: 1st, 2nd, 3rd, 4th, and so on.

  Scenario Outline: announcing a runner's place
    Given a runner who finished in position <position>
    When the results are read out
    Then the runner came "<place>"

    Examples:
      | position | place |
      | 1        | 1st   |
      | 2        | 2nd   |
      | 3        | 3rd   |
      | 4        | 4th   |
      | 11       | 11th  |
      | 12       | 12th  |
      | 13       | 13th  |
      | 21       | 21st  |
      | 22       | 22nd  |
      | 101      | 101st |
