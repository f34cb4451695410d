Feature: Lemonade stand

  Scenario: the first sale
    Given the stand has 8 cups of lemonade left
    And the takings are 0.00
    When Sam buys 2 cups
    Then 6 cups are left
    And the takings are 1.50

  Scenario: selling out and making a jug
    Given the stand has 3 cups of lemonade left
    And the takings are 4.50
    When Mia buys a cup
    And Ava buys 2 cups
    Then 0 cups are left
    And the takings are 6.75
    When a jug of lemonade is made
    Then 8 cups are left

  Scenario: not enough for a big order
    Given the stand has 2 cups of lemonade left
    And the takings are 10.00
    When Ben buys 3 cups
    Then Ben is told "sorry, only 2 cups left"
    And 2 cups are left
    And the takings are 10.00
    When a jug of lemonade is made
    And Ben buys 3 cups
    Then 7 cups are left
    And the takings are 12.25

  Scenario: nothing left at all
    Given the stand has 0 cups of lemonade left
    And the takings are 3.00
    When Dad buys a cup
    Then Dad is told "sorry, no lemonade left"
    When Dad buys 3 cups
    Then Dad is told "sorry, no lemonade left"
    When a jug of lemonade is made
    And a jug of lemonade is made
    Then 16 cups are left
    When Dad buys 4 cups
    Then the takings are 6.00
