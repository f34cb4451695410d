Feature: Seed packet code

  Scenario Outline: the code on a seed packet
    Given the crop "<crop>"
    And the year <year>
    When the packet is labelled
    Then the code is "<code>"

    Examples:
      | crop        | year | code   |
      | onion       | 2027 | ONI-27 |
      | Red Cabbage | 2026 | RED-26 |
      | kale        | 2008 | KAL-08 |
      | parsnip     | 2031 | PAR-31 |
      | French bean | 2010 | FRE-10 |
