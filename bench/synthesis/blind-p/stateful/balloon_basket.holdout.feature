Feature: Balloon basket
  The basket takes at most 4 passengers and at most 350 kg of passengers in all; the pilot is
  not counted. A passenger who would go over the weight is told by how much.

  Scenario: swapping a passenger
    Given the basket is empty
    When Ava, who weighs 72 kg, climbs in
    And Leo, who weighs 88 kg, climbs in
    And Ava climbs out
    And Zoe, who weighs 101 kg, climbs in
    Then the load is 189 kg
    And 2 passengers are aboard

  Scenario: a lighter passenger fits
    Given the basket is empty
    When Ben, who weighs 130 kg, climbs in
    And Dad, who weighs 125 kg, climbs in
    And Sam, who weighs 100 kg, climbs in
    Then the pilot says "too heavy by 5 kg"
    When Mia, who weighs 95 kg, climbs in
    Then the load is 350 kg
    And 3 passengers are aboard

  Scenario: full, and a stranger climbing out
    Given the basket is empty
    When Sam, who weighs 60 kg, climbs in
    And Mia, who weighs 62 kg, climbs in
    And Ava, who weighs 58 kg, climbs in
    And Zoe, who weighs 64 kg, climbs in
    And Leo, who weighs 70 kg, climbs in
    Then the pilot says "the basket is full"
    When Ben climbs out
    Then the pilot says "Ben is not aboard"
    And 4 passengers are aboard
    And the load is 244 kg
