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
      | 50     | no      | 1       | 1          |
      | 51     | no      | 2       | 1          |
      | 40     | yes     | 1       | 1          |
      | 41     | yes     | 2       | 1          |
      | 500    | no      | 10      | 1          |
      | 501    | no      | 11      | 2          |
      | 400    | yes     | 10      | 1          |
      | 401    | yes     | 11      | 2          |
      | 1200   | yes     | 30      | 3          |
