Feature: Lemonade stand

  Scenario: a busy start
    Given the stand has 10 cups of lemonade left
    And the takings are 0.00
    When Sam buys 3 cups
    And Mia buys a cup
    Then 6 cups are left
    And the takings are 3.00

  Scenario: a big order after a fresh jug
    Given the stand has 4 cups of lemonade left
    And the takings are 2.25
    When Ava buys 5 cups
    Then Ava is told "sorry, only 4 cups left"
    When a jug of lemonade is made
    And Ava buys 5 cups
    Then 7 cups are left
    And the takings are 6.00

  Scenario: opening with an empty jug
    Given the stand has 0 cups of lemonade left
    And the takings are 0.00
    When Ben buys 2 cups
    Then Ben is told "sorry, no lemonade left"
    When a jug of lemonade is made
    And Ben buys a cup
    Then 7 cups are left
    And the takings are 0.75
