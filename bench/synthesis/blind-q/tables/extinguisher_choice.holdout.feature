Feature: Fire extinguisher choice
  A fire bigger than a waste bin means leave and call 999, whatever is burning. Otherwise
  cooking oil always takes wet chemical, anything with live electrics takes CO2, and the rest
  go by material: wood and paper take water, petrol takes foam and gas takes dry powder.

  Scenario Outline: what to grab from the wall
    Given the fire is burning "<material>"
    And live electrics are involved: <electrics>
    And the fire is bigger than a waste bin: <big>
    When the extinguisher is chosen
    Then the advice is "<advice>"

    Examples:
      | material    | electrics | big | advice             |
      | paper       | yes       | no  | CO2                |
      | petrol      | yes       | no  | CO2                |
      | cooking oil | no        | yes | leave and call 999 |
      | wood        | no        | yes | leave and call 999 |
      | gas         | yes       | yes | leave and call 999 |
      | cooking oil | yes       | yes | leave and call 999 |
