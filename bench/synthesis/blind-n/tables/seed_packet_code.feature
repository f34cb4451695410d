Feature: Seed packet code

  Scenario Outline: the code on a seed packet
    Given the crop "<crop>"
    And the year <year>
    When the packet is labelled
    Then the code is "<code>"

    Examples:
      | crop        | year | code   |
      | carrot      | 2026 | CAR-26 |
      | Beetroot    | 2025 | BEE-25 |
      | runner bean | 2026 | RUN-26 |
      | pea         | 2024 | PEA-24 |
      | sweet pea   | 2030 | SWE-30 |
      | Leek        | 2009 | LEE-09 |
      | tomato      | 2000 | TOM-00 |
      | broad bean  | 2019 | BRO-19 |
