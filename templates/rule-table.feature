# template: rule-table — a decision table: an input in, one outcome out, band by band, with each band's edges
# specloop's offline generator writes it: `specloop run` synthesises the rule from the rows and turns it green.
# Rename the steps and columns to your domain; keep a row on each side of every edge, and the refusal.
Feature: {{name}}
  The fare depends on the passenger's age: children under 6 travel free, under 18 pay the
  child fare, from 65 the senior fare, everyone else the adult fare.

  Background:
    Given the fare table of the line

  Rule: the fare depends on the age, band by band

    Scenario Outline: fare by age
      Given a passenger aged <age>
      When the fare is decided
      Then the fare is "<fare>"

      Examples: each band, at both of its edges
        | age | fare   |
        | 0   | free   |
        | 5   | free   |
        | 6   | child  |
        | 17  | child  |
        | 18  | adult  |
        | 64  | adult  |
        | 65  | senior |
        | 90  | senior |

  Rule: an age below 0 is refused

    Scenario: a negative age is refused
      Given a passenger aged -1
      When the fare is decided
      Then the fare is "refused: an age is 0 or more"
