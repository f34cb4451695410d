Feature: Hall pass

  Scenario: both passes out
    Given both passes are on the hook
    When Mia takes a pass
    And Ben takes a pass
    Then the passes are out with "Mia, Ben"
    When Leo takes a pass
    Then the teacher says "both passes are out"
    And Leo's trip count is 0

  Scenario: out twice
    Given both passes are on the hook
    When Ava takes a pass
    And Ava brings a pass back
    And Ava takes a pass
    Then Ava's trip count is 2
    When Ava takes a pass
    Then the teacher says "Ava already has a pass"

  Scenario: nothing to bring back
    Given both passes are on the hook
    When Zoe brings a pass back
    Then the teacher says "Zoe has no pass"
    When Sam takes a pass
    And Zoe takes a pass
    And Sam brings a pass back
    Then the passes are out with "Zoe"
    And Sam's trip count is 1

  Scenario: a busy lesson
    Given both passes are on the hook
    When Leo takes a pass
    And Mia takes a pass
    And Leo brings a pass back
    And Ben takes a pass
    And Mia brings a pass back
    Then the passes are out with "Ben"
    And Leo's trip count is 1
    When Ben brings a pass back
    Then both passes are on the hook
