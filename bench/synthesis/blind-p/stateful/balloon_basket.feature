Feature: Balloon basket
  The basket takes at most 4 passengers and at most 350 kg of passengers in all; the pilot is
  not counted. A passenger who would go over the weight is told by how much.

  Scenario: boarding
    Given the basket is empty
    When Sam, who weighs 82 kg, climbs in
    And Mia, who weighs 65 kg, climbs in
    Then 2 passengers are aboard
    And the load is 147 kg

  Scenario: one passenger too heavy
    Given the basket is empty
    When Dad, who weighs 110 kg, climbs in
    And Ava, who weighs 95 kg, climbs in
    And Ben, who weighs 120 kg, climbs in
    And Leo, who weighs 40 kg, climbs in
    Then the pilot says "too heavy by 15 kg"
    And the load is 325 kg
    And 3 passengers are aboard

  Scenario: a full basket
    Given the basket is empty
    When Sam, who weighs 70 kg, climbs in
    And Mia, who weighs 60 kg, climbs in
    And Ava, who weighs 55 kg, climbs in
    And Ben, who weighs 75 kg, climbs in
    And Zoe, who weighs 50 kg, climbs in
    Then the pilot says "the basket is full"
    When Ben climbs out
    And Zoe, who weighs 50 kg, climbs in
    Then the load is 235 kg
    And 4 passengers are aboard

  Scenario: right on the limit
    Given the basket is empty
    When Dad, who weighs 120 kg, climbs in
    And Leo, who weighs 115 kg, climbs in
    And Sam, who weighs 115 kg, climbs in
    Then the load is 350 kg
    When Mia, who weighs 45 kg, climbs in
    Then the pilot says "too heavy by 45 kg"
    And 3 passengers are aboard

  Scenario: climbing out
    Given the basket is empty
    When Sam, who weighs 90 kg, climbs in
    And Mia climbs out
    Then the pilot says "Mia is not aboard"
    And 1 passenger is aboard
    When Sam climbs out
    Then 0 passengers are aboard
    And the load is 0 kg
