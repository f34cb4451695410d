Feature: Door frame heights

  Scenario Outline: measuring the children
    Given Ella is <ella> cm tall
    And Finn is <finn> cm tall
    When their heights are compared on the door frame
    Then the taller one is "<taller>"
    And the difference is <difference> cm

    Examples:
      | ella | finn | taller  | difference |
      | 125  | 119  | Ella    | 6          |
      | 110  | 126  | Finn    | 16         |
      | 140  | 140  | neither | 0          |
      | 99   | 100  | Finn    | 1          |
      | 171  | 165  | Ella    | 6          |
      | 133  | 108  | Ella    | 25         |
