Feature: Hall pass

  Scenario: waiting for a pass
    Given both passes are on the hook
    When Ben takes a pass
    And Zoe takes a pass
    And Ava takes a pass
    Then the teacher says "both passes are out"
    When Ben brings a pass back
    And Ava takes a pass
    Then the passes are out with "Zoe, Ava"
    And Ava's trip count is 1

  Scenario: in and out
    Given both passes are on the hook
    When Mia takes a pass
    And Mia brings a pass back
    And Mia takes a pass
    And Mia brings a pass back
    And Mia brings a pass back
    Then the teacher says "Mia has no pass"
    And Mia's trip count is 2
    And both passes are on the hook

  Scenario: asking twice
    Given both passes are on the hook
    When Sam takes a pass
    And Sam takes a pass
    Then the teacher says "Sam already has a pass"
    When Leo takes a pass
    Then the passes are out with "Sam, Leo"
    And Leo's trip count is 1
