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
      | 2        | 100  | 8    | 0    |
      | 3        | 90   | 11   | 5    |
      | 4        | 60   | 10   | 10   |
      | 5        | 125  | 25   | 0    |
      | 6        | 130  | 32   | 20   |
      | 10       | 45   | 18   | 0    |
      | 7        | 80   | 23   | 15   |
      | 12       | 200  | 96   | 0    |
      | 9        | 33   | 12   | 3    |
