Feature: Chest freezer
  The freezer takes 40 bags in all, whatever is in them.

  Scenario: taking some out and putting some in
    Given the freezer has 6 bags of "peas"
    And the freezer has 4 bags of "chips"
    When 3 bags of "peas" come out
    And 5 bags of "fish fingers" go in
    Then the stock of "peas" is 3
    And the stock of "fish fingers" is 5
    And the free space is 28

  Scenario: filling it up
    Given the freezer has 30 bags of "chips"
    When 12 bags of "peas" go in
    Then the freezer list says "room for only 10 more bags"
    When 10 bags of "peas" go in
    Then the free space is 0
    When 2 bags of "ice cream" go in
    Then the freezer list says "the freezer is full"

  Scenario: asking for too much
    Given the freezer has 3 bags of "ice cream"
    When 4 bags of "ice cream" come out
    Then the freezer list says "only 3 bags of ice cream left"
    When 2 bags of "chips" come out
    Then the freezer list says "no chips in the freezer"
    And the stock of "ice cream" is 3

  Scenario: using the last of something
    Given the freezer has 8 bags of "peas"
    When 8 bags of "peas" come out
    Then the stock of "peas" is 0
    When 2 bags of "peas" come out
    Then the freezer list says "no peas in the freezer"
    And the free space is 40
