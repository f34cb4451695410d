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
      | 5    | no  | no   | no action       |
      | 2    | yes | no   | no action       |
      | 2    | no  | no   | no action       |
      | 1    | yes | no   | grit            |
      | 1    | no  | no   | patrol          |
      | -4   | yes | no   | grit            |
      | -3   | no  | no   | patrol          |
      | 3    | no  | yes  | plough and grit |
      | -6   | yes | yes  | plough and grit |
