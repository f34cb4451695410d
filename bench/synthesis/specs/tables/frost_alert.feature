Feature: Frost alerts for growers
  Growers get a frost alert when the night is forecast at 2 degrees or colder.

  Scenario Outline: deciding on a frost alert
    Given a night forecast of <degrees> degrees
    When the frost alert is considered
    Then a frost alert goes out: <alert>

    Examples:
      | degrees | alert |
      | -6      | yes   |
      | -1      | yes   |
      | 0       | yes   |
      | 7       | no    |
      | 12      | no    |
      | 18      | no    |
