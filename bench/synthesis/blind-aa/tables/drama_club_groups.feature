Feature: Drama club groups
  The children are split into as few groups as possible with at most 8 in a group,
  and the groups are kept as even in size as they can be.

  Scenario Outline: splitting the children into groups
    Given <children> children have signed up
    When the children are put into groups
    Then there are <groups> groups
    And the largest group has <largest> children

    Examples:
      | children | groups | largest |
      | 9        | 2      | 5       |
      | 12       | 2      | 6       |
      | 16       | 2      | 8       |
      | 17       | 3      | 6       |
      | 24       | 3      | 8       |
      | 25       | 4      | 7       |
      | 30       | 4      | 8       |
      | 33       | 5      | 7       |
      | 40       | 5      | 8       |
