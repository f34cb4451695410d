Feature: Vitamin syrup for children
  The dose is 15 mg for each kilogram of body weight, rounded down to a
  multiple of 10 mg, and never more than 500 mg. The syrup holds 50 mg in
  each ml.

  Scenario Outline: dose by body weight
    Given a child weighing <kg> kg
    When the dose is looked up
    Then the dose is <mg> mg
    And that is <ml> ml of syrup

    Examples:
      | kg  | mg  | ml   |
      | 15  | 220 | 4.4  |
      | 25  | 370 | 7.4  |
      | 50  | 500 | 10.0 |
      | 8.8 | 130 | 2.6  |
      | 30  | 450 | 9.0  |
      | 5.5 | 80  | 1.6  |
