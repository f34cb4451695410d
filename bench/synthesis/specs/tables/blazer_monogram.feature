Feature: Blazer monograms
  The monogram on a school blazer is the first letter of every part of the pupil's name, in capitals.

  Scenario Outline: embroidering a monogram
    Given a pupil called "<name>"
    When the monogram is embroidered
    Then the monogram reads "<monogram>"

    Examples:
      | name                  | monogram |
      | Ada Lovelace          | AL       |
      | Grace Brewster Hopper | GBH      |
      | alan turing           | AT       |
      | Tim                   | T        |
      | Mary Ann Evans        | MAE      |
