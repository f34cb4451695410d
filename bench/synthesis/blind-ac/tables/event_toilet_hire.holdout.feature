Feature: Event toilet hire
  We hire one toilet for every 50 guests, or for every 40 guests when alcohol is served,
  rounded up. One toilet in every 10, again rounded up, must be an accessible one.

  Scenario Outline: toilets for an event
    Given <guests> guests are expected
    And alcohol is served: <alcohol>
    When the toilets are worked out
    Then the toilet count is <toilets>
    And the accessible toilet count is <accessible>

    Examples:
      | guests | alcohol | toilets | accessible |
      | 130    | no      | 3       | 1          |
      | 130    | yes     | 4       | 1          |
      | 999    | no      | 20      | 2          |
      | 820    | yes     | 21      | 3          |
      | 2000   | no      | 40      | 4          |
      | 2001   | yes     | 51      | 6          |
