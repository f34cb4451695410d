Feature: Reading glasses strength

  Scenario Outline: suggesting a strength for a reader
    Given a reader aged <age>
    When the reading glasses strength is suggested
    Then the suggested strength is "<strength>"

    Examples:
      | age | strength |
      | 18  | none     |
      | 42  | +1.00    |
      | 47  | +1.50    |
      | 52  | +2.00    |
      | 63  | +2.50    |
      | 31  | none     |
