Feature: Chest freezer
  The freezer takes 40 bags in all, whatever is in them.

  Scenario: a big shop
    Given the freezer has 20 bags of "chips"
    And the freezer has 15 bags of "peas"
    When 6 bags of "ice cream" go in
    Then the freezer list says "room for only 5 more bags"
    When 5 bags of "ice cream" go in
    And 4 bags of "chips" come out
    Then the free space is 4
    And the stock of "chips" is 16

  Scenario: the last fish fingers
    Given the freezer has 2 bags of "fish fingers"
    When 3 bags of "fish fingers" come out
    Then the freezer list says "only 2 bags of fish fingers left"
    When 2 bags of "fish fingers" come out
    And 2 bags of "fish fingers" come out
    Then the freezer list says "no fish fingers in the freezer"
    And the stock of "fish fingers" is 0

  Scenario: full to the lid
    Given the freezer has 38 bags of "peas"
    When 2 bags of "chips" go in
    And 3 bags of "peas" go in
    Then the freezer list says "the freezer is full"
    When 6 bags of "peas" come out
    Then the free space is 6
    And the stock of "peas" is 32
