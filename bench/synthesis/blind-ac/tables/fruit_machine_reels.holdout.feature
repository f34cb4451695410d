Feature: Pub fruit machine
  Three sevens pay 20.00, any other three of a kind 5.00 and any two the same 0.50.

  Scenario Outline: paying out a spin
    Given the reels stop on "<first>", "<second>" and "<third>"
    When the win is paid out
    Then the payout is <payout>

    Examples:
      | first  | second | third  | payout |
      | cherry | cherry | cherry | 5.00   |
      | bar    | bar    | bar    | 5.00   |
      | bell   | cherry | bell   | 0.50   |
      | seven  | lemon  | seven  | 0.50   |
      | lemon  | bell   | bar    | 0.00   |
      | bell   | bar    | bar    | 0.50   |
