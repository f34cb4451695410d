Feature: Guitar string reminder

  Scenario Outline: advice on the strings
    Given the strings have been played for <hours> hours
    When the string check is done
    Then the advice is "<advice>"

    Examples:
      | hours | advice          |
      | 5     | sounding fine   |
      | 25    | sounding fine   |
      | 39    | sounding fine   |
      | 40    | getting dull    |
      | 60    | getting dull    |
      | 79    | getting dull    |
      | 80    | change them now |
      | 120   | change them now |
