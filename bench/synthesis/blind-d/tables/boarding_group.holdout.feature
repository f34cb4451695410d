Feature: Boarding groups
  First class boards in group 1, business in group 2, economy in group 3 and basic
  in group 4. Frequent flyers board no later than group 2. Anyone travelling with
  a small child boards in group 1.

  Scenario Outline: the group a passenger boards in
    Given a "<fare>" fare
    And the passenger is a frequent flyer: <flyer>
    And the passenger travels with a small child: <child>
    When the boarding group is assigned
    Then the passenger boards in group <group>

    Examples:
      | fare     | flyer | child | group |
      | business | yes   | no    | 2     |
      | business | no    | yes   | 1     |
      | economy  | no    | yes   | 1     |
      | first    | no    | yes   | 1     |
      | basic    | yes   | yes   | 1     |
