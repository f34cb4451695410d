Feature: Milk crates
  Bottles go out in crates of 20. Full crates are filled first and any bottles left over
  go in one last crate.

  Scenario Outline: loading an order
    Given an order of <bottles> bottles
    When the dairy loads the van
    Then the crate count is <crates>
    And the last crate has <last> in it

    Examples:
      | bottles | crates | last |
      | 8       | 1      | 8    |
      | 39      | 2      | 19   |
      | 60      | 3      | 20   |
      | 61      | 4      | 1    |
      | 199     | 10     | 19   |
      | 250     | 13     | 10   |
