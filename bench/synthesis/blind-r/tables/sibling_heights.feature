Feature: Door frame heights

  Scenario Outline: measuring the children
    Given Ella is <ella> cm tall
    And Finn is <finn> cm tall
    When their heights are compared on the door frame
    Then the taller one is "<taller>"
    And the difference is <difference> cm

    Examples:
      | ella | finn | taller  | difference |
      | 120  | 115  | Ella    | 5          |
      | 115  | 120  | Finn    | 5          |
      | 130  | 130  | neither | 0          |
      | 98   | 131  | Finn    | 33         |
      | 142  | 141  | Ella    | 1          |
      | 150  | 151  | Finn    | 1          |
      | 104  | 104  | neither | 0          |
      | 160  | 137  | Ella    | 23         |
