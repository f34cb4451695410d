Feature: Resident parking permit codes

  Scenario Outline: printing a permit
    Given a permit for "<street>"
    And permit number <number>
    When the permit code is printed
    Then the permit code is "<code>"

    Examples:
      | street       | number | code     |
      | Station Road | 77     | STA-0077 |
      | Willow Close | 3      | WIL-0003 |
      | Market Place | 999    | MAR-0999 |
      | Harbour View | 4501   | HAR-4501 |
      | Ash Walk     | 60     | ASH-0060 |
