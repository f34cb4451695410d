Feature: Guitar string reminder

  Scenario Outline: advice on the strings
    Given the strings have been played for <hours> hours
    When the string check is done
    Then the advice is "<advice>"

    Examples:
      | hours | advice          |
      | 2     | sounding fine   |
      | 12    | sounding fine   |
      | 45    | getting dull    |
      | 78    | getting dull    |
      | 95    | change them now |
      | 300   | change them now |
