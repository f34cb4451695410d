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
      | 260    | 150      | sloping | yes    |
      | 240    | 180      | ridged  | no     |
      | 350    | 220      | ridged  | no     |
      | 350    | 300      | flat    | yes    |
      | 290    | 400      | sloping | no     |
      | 420    | 260      | ridged  | yes    |
