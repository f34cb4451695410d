Feature: Reading glasses strength

  Scenario Outline: suggesting a strength for a reader
    Given a reader aged <age>
    When the reading glasses strength is suggested
    Then the suggested strength is "<strength>"

    Examples:
      | age | strength |
      | 39  | none     |
      | 40  | +1.00    |
      | 44  | +1.00    |
      | 45  | +1.50    |
      | 49  | +1.50    |
      | 50  | +2.00    |
      | 54  | +2.00    |
      | 55  | +2.50    |
      | 78  | +2.50    |
