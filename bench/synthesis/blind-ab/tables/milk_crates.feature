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
      | 2       | 1      | 2    |
      | 19      | 1      | 19   |
      | 20      | 1      | 20   |
      | 21      | 2      | 1    |
      | 40      | 2      | 20   |
      | 41      | 3      | 1    |
      | 55      | 3      | 15   |
      | 73      | 4      | 13   |
      | 100     | 5      | 20   |
