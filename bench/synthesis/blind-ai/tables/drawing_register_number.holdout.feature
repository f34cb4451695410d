Feature: Drawing register number
  Every drawing on a building job is numbered like "4471-AR-02-015": the
  job number as four digits, the first two letters of the discipline in
  capitals, the level as two digits and the sheet as three digits, with
  zeros in front where needed. A level below ground is written with a "B":
  level -1 is "B1", level -2 is "B2".

  Scenario Outline: numbering a drawing
    Given job number <job>
    And a drawing for "<discipline>"
    And level <level>
    And sheet <sheet>
    When the drawing is numbered
    Then the drawing number is "<number>"

    Examples:
      | job  | discipline   | level | sheet | number         |
      | 5123 | interiors    | 4     | 230   | 5123-IN-04-230 |
      | 60   | architecture | -1    | 9     | 0060-AR-B1-009 |
      | 777  | electrical   | 0     | 64    | 0777-EL-00-064 |
      | 2    | drainage     | 12    | 301   | 0002-DR-12-301 |
      | 8190 | mechanical   | -4    | 18    | 8190-ME-B4-018 |
      | 1450 | civil        | 1     | 5     | 1450-CI-01-005 |
