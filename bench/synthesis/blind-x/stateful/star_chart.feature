Feature: Star chart
  Children earn stars for jobs done at home. Five stars can be swapped for a treat.

  Scenario: a first treat
    Given the chart has Leo with 3 stars
    When Leo earns 2 stars
    Then Leo's star total is 5
    When Leo swaps stars for a treat
    Then Leo's star total is 0
    And Leo's treat total is 1

  Scenario: not enough stars yet
    Given the chart has Leo with 2 stars
    And the chart has Mia with 6 stars
    When Leo swaps stars for a treat
    Then mum says "Leo needs 3 more stars"
    When Mia swaps stars for a treat
    Then Mia's star total is 1
    And Leo's star total is 2

  Scenario: a new name on the chart
    Given an empty star chart
    When Sam is added to the chart
    And Sam earns 4 stars
    And Sam is added to the chart
    Then mum says "Sam is already on the chart"
    And Sam's star total is 4

  Scenario: someone not on the chart
    Given the chart has Mia with 0 stars
    When Ava earns 3 stars
    Then mum says "Ava is not on the chart"
    When Mia earns 7 stars
    And Mia swaps stars for a treat
    Then Mia's star total is 2
    When Mia swaps stars for a treat
    Then mum says "Mia needs 3 more stars"
