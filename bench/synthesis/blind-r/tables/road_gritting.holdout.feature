Feature: Road gritting
  The duty officer decides road by road. Snow lying means "plough and grit", whatever
  else. Otherwise a road surface at 1 degree or colder is gritted when it is wet and
  patrolled when it is dry. Above 1 degree nothing is needed.

  Scenario Outline: the call for one road
    Given a road surface temperature of <temp> C
    And the road is wet: <wet>
    And snow is lying: <snow>
    When the gritting decision is made
    Then the crew is told "<action>"

    Examples:
      | temp | wet | snow | action          |
      | 0    | yes | no   | grit            |
      | 0    | no  | no   | patrol          |
      | 8    | yes | no   | no action       |
      | -1   | no  | yes  | plough and grit |
      | -10  | no  | no   | patrol          |
      | 4    | yes | yes  | plough and grit |
