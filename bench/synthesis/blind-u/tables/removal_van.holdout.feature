Feature: Booking a removal van
  Studios and one-bedroom homes fit in a small van, two or three bedrooms need a Luton van and
  four or more a 7.5 tonne lorry. A piano moves the booking up one size, and so does a garage
  full of things; nothing is bigger than the lorry.

  Scenario Outline: choosing the van
    Given the number of bedrooms is <bedrooms>
    And there is a piano: <piano>
    And the garage is full: <garage>
    When the van is booked
    Then the van is "<van>"

    Examples:
      | bedrooms | piano | garage | van             |
      | 0        | no    | no     | small van       |
      | 2        | yes   | no     | 7.5 tonne lorry |
      | 2        | no    | yes    | 7.5 tonne lorry |
      | 1        | yes   | yes    | 7.5 tonne lorry |
      | 6        | no    | yes    | 7.5 tonne lorry |
      | 0        | no    | yes    | Luton van       |
