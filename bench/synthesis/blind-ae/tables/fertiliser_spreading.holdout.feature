Feature: Fertiliser order
  Fertiliser comes in 25 kg bags. We buy enough whole bags to cover the field at the rate
  asked for; whatever is not needed is left over.

  Scenario Outline: ordering bags for a field
    Given a field of <hectares> hectares
    And a rate of <rate> kg a hectare
    When the fertiliser is ordered
    Then the bags needed are <bags>
    And <left> kg are left over

    Examples:
      | hectares | rate | bags | left |
      | 2        | 60   | 5    | 5    |
      | 3        | 150  | 18   | 0    |
      | 8        | 70   | 23   | 15   |
      | 11       | 55   | 25   | 20   |
      | 15       | 40   | 24   | 0    |
      | 4        | 99   | 16   | 4    |
