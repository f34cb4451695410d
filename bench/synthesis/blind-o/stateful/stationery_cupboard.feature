Feature: Stationery cupboard

  Scenario: taking pencils
    Given the cupboard has 30 pencils
    When Sam takes 5 pencils
    And Mia takes 12 pencils
    Then the cupboard has 13 pencils

  Scenario: a delivery of rulers
    Given the cupboard has 4 rulers
    When 20 rulers are delivered
    Then the cupboard has 24 rulers
    When Ava takes 10 rulers
    Then the cupboard has 14 rulers

  Scenario: asking for more than there is
    Given the cupboard has 3 glue sticks
    When Ben takes 5 glue sticks
    Then Ben is told "only 3 glue sticks left"
    And the cupboard has 3 glue sticks
    When 10 glue sticks are delivered
    And Ben takes 5 glue sticks
    Then the cupboard has 8 glue sticks

  Scenario: each item counted on its own
    Given the cupboard has 8 pencils
    And the cupboard has 6 rulers
    When Sam takes 8 pencils
    And Sam takes 2 rulers
    Then the cupboard has 0 pencils
    And the cupboard has 4 rulers
    When Mia takes 2 pencils
    Then Mia is told "no pencils left"

  Scenario: new erasers
    Given the cupboard has 0 erasers
    When 15 erasers are delivered
    And Dad takes 6 erasers
    Then the cupboard has 9 erasers
