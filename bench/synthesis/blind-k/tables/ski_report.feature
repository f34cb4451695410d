Feature: Morning slope report
  Above 1 degree the snow is reported as "slushy", whatever has fallen. At -3 degrees
  or colder with at least 10 cm of fresh snow overnight it is "fresh powder". Anything
  else is "packed".

  Scenario Outline: snow type for the report
    Given the temperature at the top lift is <temp> degrees
    And <snow> cm of fresh snow fell overnight
    When the slope report is written
    Then the snow is reported as "<snow_type>"

    Examples:
      | temp | snow | snow_type    |
      | -8   | 25   | fresh powder |
      | -3   | 10   | fresh powder |
      | -2   | 10   | packed       |
      | -3   | 9    | packed       |
      | 1    | 30   | packed       |
      | 2    | 30   | slushy       |
      | 0    | 0    | packed       |
      | 5    | 0    | slushy       |
      | -12  | 4    | packed       |
