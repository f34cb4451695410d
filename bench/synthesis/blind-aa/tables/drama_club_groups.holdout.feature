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
      | 10       | 2      | 5       |
      | 19       | 3      | 7       |
      | 41       | 6      | 7       |
      | 56       | 7      | 8       |
      | 65       | 9      | 8       |
      | 100      | 13     | 8       |
