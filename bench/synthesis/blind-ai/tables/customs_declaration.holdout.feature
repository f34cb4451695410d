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
      | age | cigarettes | wine | spirits | declare |
      | 50  | 180        | 12   | 3       | no      |
      | 15  | 0          | 0.75 | 0       | yes     |
      | 23  | 0          | 0    | 4.1     | yes     |
      | 17  | 0          | 18   | 0       | no      |
      | 70  | 220        | 2    | 0       | yes     |
      | 14  | 0          | 0    | 0       | no      |
