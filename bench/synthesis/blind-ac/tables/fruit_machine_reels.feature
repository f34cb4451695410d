Feature: Pub fruit machine
  Three sevens pay 20.00, any other three of a kind 5.00 and any two the same 0.50.

  Scenario Outline: paying out a spin
    Given the reels stop on "<first>", "<second>" and "<third>"
    When the win is paid out
    Then the payout is <payout>

    Examples:
      | first  | second | third  | payout |
      | seven  | seven  | seven  | 20.00  |
      | bell   | bell   | bell   | 5.00   |
      | cherry | cherry | lemon  | 0.50   |
      | bar    | lemon  | bar    | 0.50   |
      | lemon  | seven  | seven  | 0.50   |
      | seven  | seven  | bell   | 0.50   |
      | cherry | lemon  | bell   | 0.00   |
      | bar    | seven  | cherry | 0.00   |
      | lemon  | lemon  | lemon  | 5.00   |
