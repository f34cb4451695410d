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
      | kg   | mg  | ml   |
      | 10   | 150 | 3.0  |
      | 12.5 | 180 | 3.6  |
      | 20   | 300 | 6.0  |
      | 33.3 | 490 | 9.8  |
      | 34   | 500 | 10.0 |
      | 40   | 500 | 10.0 |
      | 7    | 100 | 2.0  |
      | 16.4 | 240 | 4.8  |
      | 3.2  | 40  | 0.8  |
