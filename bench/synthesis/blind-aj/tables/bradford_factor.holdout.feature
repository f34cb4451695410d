Feature: Absence trigger points
  HR scores sickness over the last 52 weeks as spells times spells times days
  off, so three separate single days score 27. Below 51 nothing happens. From 51
  the manager has an informal chat, from 201 it is a first warning and from 451
  a final warning.

  Scenario Outline: scoring sickness absence
    Given the number of spells of absence is <spells>
    And the days off add up to <days>
    When the absence score is worked out
    Then the score is <score>
    And the action is "<action>"

    Examples:
      | spells | days | score | action        |
      | 1      | 1    | 1     | none          |
      | 2      | 13   | 52    | informal chat |
      | 7      | 7    | 343   | first warning |
      | 10     | 10   | 1000  | final warning |
      | 2      | 50   | 200   | informal chat |
      | 3      | 5    | 45    | none          |
