Feature: Stationery cupboard

  Scenario: two items at once
    Given the cupboard has 12 erasers
    And the cupboard has 40 pencils
    When Sam takes 4 erasers
    And Mia takes 15 pencils
    Then the cupboard has 8 erasers
    And the cupboard has 25 pencils

  Scenario: an empty shelf restocked
    Given the cupboard has 0 rulers
    When Ava takes 3 rulers
    Then Ava is told "no rulers left"
    When 30 rulers are delivered
    And Ava takes 3 rulers
    Then the cupboard has 27 rulers

  Scenario: a second helping refused
    Given the cupboard has 10 glue sticks
    When Ben takes 6 glue sticks
    And Dad takes 6 glue sticks
    Then Dad is told "only 4 glue sticks left"
    When 12 glue sticks are delivered
    And Dad takes 6 glue sticks
    Then the cupboard has 10 glue sticks
