Feature: Monthly travel passes
  A monthly pass costs 64 for an adult, 22 for a child, 38 for a student and 32 for a senior; buying several costs that price times the number of passes.

  Scenario Outline: paying for monthly passes
    Given <passes> monthly passes for the <fare> fare
    When the passes are paid for at the ticket office
    Then the passes cost <price>

    Examples:
      | passes | fare    | price |
      | 1      | adult   | 64    |
      | 2      | adult   | 128   |
      | 1      | child   | 22    |
      | 3      | child   | 66    |
      | 1      | student | 38    |
      | 1      | senior  | 32    |
