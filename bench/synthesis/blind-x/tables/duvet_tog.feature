Feature: Duvet tog

  Scenario Outline: choosing a duvet for the bedroom
    Given the bedroom is usually <degrees> degrees at night
    When we pick a duvet
    Then the tog rating to buy is <tog>

    Examples:
      | degrees | tog  |
      | 12      | 13.5 |
      | 15      | 13.5 |
      | 16      | 10.5 |
      | 19      | 10.5 |
      | 20      | 7.5  |
      | 23      | 7.5  |
      | 24      | 4.5  |
      | 26      | 4.5  |
