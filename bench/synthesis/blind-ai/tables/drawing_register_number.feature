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
      | 4471 | architecture | 2     | 15    | 4471-AR-02-015 |
      | 38   | structure    | 0     | 1     | 0038-ST-00-001 |
      | 512  | mechanical   | -1    | 120   | 0512-ME-B1-120 |
      | 9006 | electrical   | 11    | 7     | 9006-EL-11-007 |
      | 1200 | drainage     | -2    | 45    | 1200-DR-B2-045 |
      | 7    | landscape    | 0     | 999   | 0007-LA-00-999 |
      | 615  | plumbing     | 3     | 88    | 0615-PL-03-088 |
      | 3300 | fire safety  | 5     | 10    | 3300-FI-05-010 |
      | 84   | structure    | -3    | 2     | 0084-ST-B3-002 |
