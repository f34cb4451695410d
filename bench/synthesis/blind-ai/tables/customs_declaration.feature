Feature: Customs declaration
  Coming home from outside the country, an adult may bring in up to 200
  cigarettes, 18 litres of still wine and 4 litres of spirits without
  declaring them. Going over any one of these must be declared. Travellers
  under 17 have no allowance for tobacco or alcohol, so they must declare
  any they carry.

  Scenario Outline: the green or the red channel
    Given a traveller aged <age>
    And carrying <cigarettes> cigarettes
    And carrying <wine> litres of wine
    And carrying <spirits> litres of spirits
    When the traveller reaches customs
    Then the traveller must declare: <declare>

    Examples:
      | age | cigarettes | wine  | spirits | declare |
      | 35  | 200        | 18    | 4       | no      |
      | 35  | 201        | 0     | 0       | yes     |
      | 42  | 0          | 18.75 | 0       | yes     |
      | 42  | 100        | 6     | 4.5     | yes     |
      | 16  | 0          | 0     | 0       | no      |
      | 16  | 20         | 0     | 0       | yes     |
      | 17  | 200        | 0     | 0.7     | no      |
      | 60  | 400        | 0     | 0       | yes     |
      | 28  | 0          | 9     | 2.1     | no      |
