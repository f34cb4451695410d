Feature: Garden shed planning check
  A shed closer than 2 m to the boundary needs planning permission if it is taller than
  2.5 m. Further away it may be up to 4 m tall with a ridged roof and up to 3 m with any
  other roof.

  Scenario Outline: does the shed need permission
    Given a shed <height> cm tall
    And it stands <distance> cm from the boundary
    And it has a "<roof>" roof
    When the planning rules are checked
    Then planning permission is needed: <needed>

    Examples:
      | height | distance | roof    | needed |
      | 250    | 100      | ridged  | no     |
      | 251    | 100      | flat    | yes    |
      | 251    | 199      | ridged  | yes    |
      | 251    | 200      | ridged  | no     |
      | 400    | 350      | ridged  | no     |
      | 401    | 500      | ridged  | yes    |
      | 300    | 200      | flat    | no     |
      | 301    | 250      | sloping | yes    |
      | 220    | 50       | sloping | no     |
