Feature: Shelf brackets
  A shelf needs a bracket at each end and brackets no more than 600 mm apart, or 400 mm
  apart if it will hold heavy things. Each bracket takes 2 screws.

  Scenario Outline: fixings for a shelf
    Given a shelf <length> mm long
    And it will hold heavy things: <heavy>
    When the fitter works out the fixings
    Then <brackets> brackets are needed
    And <screws> screws are needed

    Examples:
      | length | heavy | brackets | screws |
      | 600    | no    | 2        | 4      |
      | 601    | no    | 3        | 6      |
      | 900    | no    | 3        | 6      |
      | 1200   | no    | 3        | 6      |
      | 1201   | no    | 4        | 8      |
      | 400    | yes   | 2        | 4      |
      | 401    | yes   | 3        | 6      |
      | 1000   | yes   | 4        | 8      |
      | 1200   | yes   | 4        | 8      |
