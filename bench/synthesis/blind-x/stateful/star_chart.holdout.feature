Feature: Star chart
  Children earn stars for jobs done at home. Five stars can be swapped for a treat.

  Scenario: two treats at once
    Given the chart has Ava with 4 stars
    When Ava earns 6 stars
    And Ava swaps stars for a treat
    And Ava swaps stars for a treat
    Then Ava's star total is 0
    And Ava's treat total is 2

  Scenario: a new child asks too soon
    Given an empty star chart
    When Tom is added to the chart
    And Tom swaps stars for a treat
    Then mum says "Tom needs 5 more stars"
    When Tom earns 3 stars
    Then Tom's star total is 3
    When Zoe earns 2 stars
    Then mum says "Zoe is not on the chart"

  Scenario: brother and sister
    Given the chart has Leo with 4 stars
    And the chart has Mia with 9 stars
    When Leo is added to the chart
    Then mum says "Leo is already on the chart"
    When Mia swaps stars for a treat
    And Leo earns 2 stars
    And Leo swaps stars for a treat
    Then Leo's star total is 1
    And Mia's star total is 4
    And Mia's treat total is 1
