Feature: Commute summary
  The app keeps my last five trips to work, in minutes. The typical commute is
  the middle one of the five once they are put in order; the best commute is
  the shortest.

  Scenario Outline: summary of the last five trips
    Given my last five commutes took "<trips>" minutes
    When the week is summarised
    Then the typical commute is <typical> minutes
    And the best commute is <best> minutes

    Examples:
      | trips              | typical | best |
      | 20, 35, 26, 31, 24 | 26      | 20   |
      | 52, 48, 50, 47, 51 | 50      | 47   |
      | 38, 38, 17, 38, 40 | 38      | 17   |
      | 9, 11, 75, 70, 10  | 11      | 9    |
      | 28, 36, 44, 22, 30 | 30      | 22   |
