Feature: Duvet tog

  Scenario Outline: choosing a duvet for the bedroom
    Given the bedroom is usually <degrees> degrees at night
    When we pick a duvet
    Then the tog rating to buy is <tog>

    Examples:
      | degrees | tog  |
      | 8       | 13.5 |
      | 14      | 13.5 |
      | 17      | 10.5 |
      | 21      | 7.5  |
      | 22      | 7.5  |
      | 30      | 4.5  |
