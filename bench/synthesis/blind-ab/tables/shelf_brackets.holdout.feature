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
      | 300    | no    | 2        | 4      |
      | 2400   | no    | 5        | 10     |
      | 2450   | no    | 6        | 12     |
      | 250    | yes   | 2        | 4      |
      | 800    | yes   | 3        | 6      |
      | 1650   | yes   | 6        | 12     |
